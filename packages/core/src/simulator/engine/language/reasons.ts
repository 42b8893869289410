import type { RoutingLocale } from '../../../routing/locale';
import { listOf, quoted } from './voice';

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/**
 * User text (job names, page titles, conditions, what the caller said) inside the explanation's sentence, isolated
 * with FSI…PDI so a right-to-left override in it cannot reverse the sentence around it.
 */
function iso(text: string): string {
  return `\u2068${text}\u2069`;
}

function words(list: readonly string[], locale: RoutingLocale): string {
  return listOf(
    list.map((word) => quoted(iso(word), locale)),
    locale,
  );
}

const en = {
  greeting: (custom: boolean): string =>
    custom ? 'Sona opens with the step’s greeting.' : 'The step has no greeting: Sona uses a default one.',
  routed: (name: string, confidence: number, matched: readonly string[]) =>
    `Chose “${iso(name)}” with ${percent(confidence)} confidence${matched.length > 0 ? `: the caller said ${words(matched, 'en')}` : ''}.`,
  runnerUp: (name: string, score: number, best: number) =>
    `Runner-up: “${iso(name)}” (score ${score.toFixed(2)}, against ${best.toFixed(2)}).`,
  noJob: (closest: string | null, confidence: number, threshold: number) =>
    closest
      ? `No job fits well enough: the closest, “${iso(closest)}”, has ${percent(confidence)} confidence, below ${percent(threshold)}.`
      : 'No job shares a word with what the caller said.',
  noJobs: 'No job is attached to this step.',
  knowledge: (title: string, matched: readonly string[]) =>
    `Quoted the page “${iso(title)}”${matched.length > 0 ? `: it contains ${words(matched, 'en')}` : ''}.`,
  noKnowledge: 'No knowledge passage covers it: Sona offers to take a message.',
  knowledgeMissing: (step: number) =>
    `Step ${step} reads from Knowledge, but no attached page covers it: Sona says the team will confirm.`,
  honoured: (step: number, condition: string, matched: readonly string[]) =>
    `Step ${step} runs: “${iso(condition)}” matches ${words(matched, 'en')}.`,
  honouredByAnswer: (step: number, condition: string, answer: 'yes' | 'no') =>
    `Step ${step} runs: “${iso(condition)}” follows from the caller’s “${answer}”.`,
  honouredByKnowledge: (step: number, condition: string) =>
    `Step ${step} runs: “${iso(condition)}” is decided by Knowledge, and a page covers what the caller said.`,
  skippedByAnswer: (step: number, condition: string, answer: 'yes' | 'no') =>
    `Skipped step ${step}: “${iso(condition)}” does not follow from the caller’s “${answer}”.`,
  skippedByKnowledge: (step: number, condition: string) =>
    `Skipped step ${step}: “${iso(condition)}” is decided by Knowledge, and no page covers what the caller said.`,
  performing: (step: number, count: number) => `Step ${step} of ${count}.`,
  otherwise: (step: number) => `Step ${step} runs: the condition before it did not hold.`,
  skipped: (step: number, condition: string, needed: readonly string[]) =>
    `Skipped step ${step}: “${iso(condition)}” does not match what the caller said${needed.length > 0 ? ` (it needs ${words(needed, 'en')})` : ''}.`,
  skippedOtherwise: (step: number) => `Skipped step ${step}: the condition before it held.`,
  collected: (label: string, value: string) => `Recorded ${iso(label)}: ${quoted(iso(value), 'en')}.`,
  smsFired: (step: number) => `Step ${step}: sent the SMS of its action.`,
  transferAsked: (step: number) => `Step ${step} transfers the call: Sona asks the caller first.`,
  transferred: (place: string) =>
    `Transferred to ${iso(place)} after the caller agreed; Sona has left the call.`,
  transferDeclined: 'The caller declined the transfer: Sona goes on with the next step.',
  proseSms: (step: number) =>
    `Step ${step} mentions an SMS but has no SMS action, so nothing was sent: insert one from the Actions menu.`,
  proseTransfer: (step: number) =>
    `Step ${step} mentions a transfer but has no transfer action, so the call stays with Sona: insert one from the Actions menu.`,
  endedByStep: (step: number) => `Step ${step} ends the call.`,
  goodbye: 'The caller said goodbye: the call ends.',
  finished: (name: string) => `“${iso(name)}” is done: every step was performed or skipped.`,
  questionAnswered: 'The caller asked a question first: Sona answers it, then asks again.',
  questionForKnowledge: (name: string) =>
    `A question that Knowledge answers: “${iso(name)}” matched only words of its instructions, not its trigger.`,
  messageRecorded: 'Recorded the caller’s message: Sona asks who it is from.',
  messageTaken: 'Message taken.',
  declined: 'The caller declined.',
};

export type Reasons = typeof en;

const fr: Reasons = {
  greeting: (custom) =>
    custom
      ? 'Sona ouvre avec l’accueil de l’étape.'
      : 'L’étape n’a pas de message d’accueil\u00a0: Sona en utilise un par défaut.',
  routed: (name, confidence, matched) =>
    `Tâche choisie\u00a0: «\u00a0${iso(name)}\u00a0», confiance ${percent(confidence)}${matched.length > 0 ? `\u00a0: l’appelant a dit ${words(matched, 'fr')}` : ''}.`,
  runnerUp: (name, score, best) =>
    `En deuxième\u00a0: «\u00a0${iso(name)}\u00a0» (score ${score.toFixed(2)}, contre ${best.toFixed(2)}).`,
  noJob: (closest, confidence, threshold) =>
    closest
      ? `Aucune tâche ne convient assez\u00a0: la plus proche, «\u00a0${iso(closest)}\u00a0», a une confiance de ${percent(confidence)}, sous ${percent(threshold)}.`
      : 'Aucune tâche ne partage un mot avec ce qu’a dit l’appelant.',
  noJobs: 'Aucune tâche n’est attachée à cette étape.',
  knowledge: (title, matched) =>
    `Citation de la page «\u00a0${iso(title)}\u00a0»${matched.length > 0 ? `\u00a0: elle contient ${words(matched, 'fr')}` : ''}.`,
  noKnowledge: 'Aucun passage des connaissances ne répond\u00a0: Sona propose de prendre un message.',
  knowledgeMissing: (step) =>
    `L’étape ${step} s’appuie sur les connaissances, mais aucune page attachée n’y répond\u00a0: Sona dit que l’équipe confirmera.`,
  honoured: (step, condition, matched) =>
    `L’étape ${step} s’applique\u00a0: «\u00a0${iso(condition)}\u00a0» correspond à ${words(matched, 'fr')}.`,
  honouredByAnswer: (step, condition, answer) =>
    `L’étape ${step} s’applique\u00a0: «\u00a0${iso(condition)}\u00a0» découle du «\u00a0${answer === 'yes' ? 'oui' : 'non'}\u00a0» de l’appelant.`,
  honouredByKnowledge: (step, condition) =>
    `L’étape ${step} s’applique\u00a0: «\u00a0${iso(condition)}\u00a0» dépend des connaissances, et une page répond à l’appelant.`,
  skippedByAnswer: (step, condition, answer) =>
    `Étape ${step} sautée\u00a0: «\u00a0${iso(condition)}\u00a0» ne découle pas du «\u00a0${answer === 'yes' ? 'oui' : 'non'}\u00a0» de l’appelant.`,
  skippedByKnowledge: (step, condition) =>
    `Étape ${step} sautée\u00a0: «\u00a0${iso(condition)}\u00a0» dépend des connaissances, et aucune page ne répond à l’appelant.`,
  performing: (step, count) => `Étape ${step} sur ${count}.`,
  otherwise: (step) => `L’étape ${step} s’applique\u00a0: la condition précédente n’était pas remplie.`,
  skipped: (step, condition, needed) =>
    `Étape ${step} sautée\u00a0: «\u00a0${iso(condition)}\u00a0» ne correspond pas à ce qu’a dit l’appelant${needed.length > 0 ? ` (il faudrait ${words(needed, 'fr')})` : ''}.`,
  skippedOtherwise: (step) => `Étape ${step} sautée\u00a0: la condition précédente était remplie.`,
  collected: (label, value) => `Noté ${iso(label)}\u00a0: ${quoted(iso(value), 'fr')}.`,
  smsFired: (step) => `Étape ${step}\u00a0: SMS de son action envoyé.`,
  transferAsked: (step) => `L’étape ${step} transfère l’appel\u00a0: Sona demande d’abord à l’appelant.`,
  transferred: (place) =>
    `Transféré à ${iso(place)} avec l’accord de l’appelant\u00a0; Sona a quitté l’appel.`,
  transferDeclined: 'L’appelant a refusé le transfert\u00a0: Sona passe à l’étape suivante.',
  proseSms: (step) =>
    `L’étape ${step} parle d’un SMS mais n’a pas d’action SMS, donc rien n’a été envoyé\u00a0: insérez-en une depuis le menu Actions.`,
  proseTransfer: (step) =>
    `L’étape ${step} parle d’un transfert mais n’a pas d’action de transfert, donc l’appel reste avec Sona\u00a0: insérez-en une depuis le menu Actions.`,
  endedByStep: (step) => `L’étape ${step} termine l’appel.`,
  goodbye: 'L’appelant a dit au revoir\u00a0: l’appel se termine.',
  finished: (name) => `«\u00a0${iso(name)}\u00a0» est terminée\u00a0: chaque étape a été faite ou sautée.`,
  questionAnswered: 'L’appelant a d’abord posé une question\u00a0: Sona y répond, puis redemande.',
  questionForKnowledge: (name) =>
    `Une question à laquelle les connaissances répondent\u00a0: «\u00a0${iso(name)}\u00a0» ne correspondait qu’à des mots de ses instructions, pas à son déclencheur.`,
  messageRecorded: 'Message de l’appelant noté\u00a0: Sona demande de qui il vient.',
  messageTaken: 'Message pris.',
  declined: 'L’appelant a refusé.',
};

/** The trace's explanations, for people, in English and French. */
export const REASONS: Record<RoutingLocale, Reasons> = { en, fr };
