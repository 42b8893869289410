import type { JobAction } from '../../../actions';
import type { RoutingLocale } from '../../../routing/locale';
import { listOf, quoted } from './voice';

/** A quoted passage ends like a sentence, so the words after it start a new one. */
function finished(passage: string): string {
  return /[.!?…]$/.test(passage) ? passage : `${passage}.`;
}

/** Where a transfer goes, as Sona says it. */
export function transferPlace(
  action: Extract<JobAction, { type: 'transfer' }>,
  locale: RoutingLocale,
): string {
  if (locale === 'fr') {
    if (action.target === 'inbox') return `la boîte partagée ${quoted(action.destination, 'fr')}`;
    if (action.target === 'number') return `le ${action.destination}`;
    return action.destination;
  }
  if (action.target === 'inbox') return `the ${quoted(action.destination, 'en')} shared inbox`;
  if (action.target === 'number') return action.destination;
  return action.destination;
}

const en = {
  defaultGreeting: 'Hello, thank you for calling. How can I help you today?',
  thanks: 'Thank you.',
  goodbye: 'Thank you for calling. Goodbye!',
  anythingElse: 'Is there anything else I can help you with?',
  fromKnowledge: (title: string, passage: string) =>
    `From our “${title}” page: ${quoted(finished(passage), 'en')}`,
  noKnowledge: 'I don’t have that information at hand; the team will confirm it.',
  offerMessage:
    'I’m sorry, I don’t have an answer to that. I can take a message for the team: what would you like to tell them?',
  askContact: 'Thank you. What is your name and the best number to call you back?',
  messageTaken: (name: string | undefined) =>
    `Thank you${name ? `, ${name}` : ''}. I’ll pass your message on to the team.`,
  declined: 'All right.',
  readBack: (values: readonly string[]) => `Let me read that back: ${listOf(values, 'en')}. Is that correct?`,
  askCorrection: 'Sorry about that. What should I correct?',
  smsSent: (message: string) => `I’ve sent you a text message: ${quoted(finished(message), 'en')}`,
  confirmTransfer: (place: string) =>
    `I’m going to transfer you to ${place}. I won’t be able to come back to the call after that. Shall I transfer you now?`,
  transferring: (place: string) => `Transferring you to ${place} now. Goodbye!`,
  transferDeclined: 'All right, I won’t transfer you.',
  proseSms: 'I can’t send you a text from here: no SMS is set up in this job.',
  proseTransfer: 'I can’t transfer you from here: no transfer is set up in this job.',
  alsoAsk: (question: string) => `And to come back to my question: ${question}`,
  didNotCatch: 'Sorry, I didn’t catch that. Could you say it again?',
  repeatYesNo: (question: string) => `Sorry, is that a yes or a no? ${question}`,
};

export type Phrases = typeof en;

const fr: Phrases = {
  defaultGreeting: 'Bonjour, merci de votre appel. Comment puis-je vous aider\u00a0?',
  thanks: 'Merci.',
  goodbye: 'Merci de votre appel. Au revoir\u00a0!',
  anythingElse: 'Puis-je vous aider avec autre chose\u00a0?',
  fromKnowledge: (title: string, passage: string) =>
    `D’après notre page ${quoted(title, 'fr')}\u00a0: ${quoted(finished(passage), 'fr')}`,
  noKnowledge: 'Je n’ai pas cette information sous la main\u00a0; l’équipe vous la confirmera.',
  offerMessage:
    'Désolée, je n’ai pas de réponse à cela. Je peux prendre un message pour l’équipe\u00a0: que voulez-vous lui dire\u00a0?',
  askContact: 'Merci. Quel est votre nom et le meilleur numéro pour vous rappeler\u00a0?',
  messageTaken: (name: string | undefined) =>
    `Merci${name ? `, ${name}` : ''}. Je transmets votre message à l’équipe.`,
  declined: 'Très bien.',
  readBack: (values: readonly string[]) => `Je relis\u00a0: ${listOf(values, 'fr')}. Est-ce exact\u00a0?`,
  askCorrection: 'Pardon. Que dois-je corriger\u00a0?',
  smsSent: (message: string) => `Je vous ai envoyé un SMS\u00a0: ${quoted(finished(message), 'fr')}`,
  confirmTransfer: (place: string) =>
    `Je vais vous transférer à ${place}. Je ne pourrai pas revenir dans l’appel ensuite. Voulez-vous que je vous transfère maintenant\u00a0?`,
  transferring: (place: string) => `Je vous transfère à ${place}. Au revoir\u00a0!`,
  transferDeclined: 'Très bien, je ne vous transfère pas.',
  proseSms: 'Je ne peux pas vous envoyer de SMS d’ici\u00a0: aucun SMS n’est prévu dans cette tâche.',
  proseTransfer: 'Je ne peux pas vous transférer d’ici\u00a0: aucun transfert n’est prévu dans cette tâche.',
  alsoAsk: (question: string) => `Pour revenir à ma question\u00a0: ${question}`,
  didNotCatch: 'Pardon, je n’ai pas compris. Pouvez-vous répéter\u00a0?',
  repeatYesNo: (question: string) => `Pardon, est-ce oui ou non\u00a0? ${question}`,
};

/** Sona's own words (not taken from instructions), in English and French. */
export const PHRASES: Record<RoutingLocale, Phrases> = { en, fr };
