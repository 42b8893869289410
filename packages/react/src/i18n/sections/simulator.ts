import type { TransferTarget } from '@sona-designer/core';
import type { PluralMessage } from '../types';

/** Strings of `SimulatorDrawer` (the "Simulated call" drawer) and of the Test call buttons that open it. */
export interface SimulatorMessages {
  testCall: string;
  title: string;
  description: string;
  close: string;
  stepLabel: string;
  versionLabel: string;
  draft: string;
  published: string;
  draftHint: string;
  /** `{revision}`: the published revision number. */
  publishedHint: string;
  neverPublished: string;
  notInPublished: string;
  noSonaStep: string;
  preparing: string;
  engineFailed: string;
  /** `{message}` */
  stepLoadFailed: string;
  retry: string;
  transcript: string;
  caller: string;
  sona: string;
  callerMessage: string;
  callerPlaceholder: string;
  composerHint: string;
  send: string;
  endCall: string;
  restart: string;
  typing: string;
  cancel: string;
  /** Announced when a slow turn is cancelled. */
  cancelled: string;
  /** `{message}`: what went wrong. */
  startFailed: string;
  turnFailed: string;
  why: string;
  traceJob: string;
  traceNoJob: string;
  /** `{percent}` */
  traceConfidence: string;
  traceChosen: string;
  traceContinued: string;
  traceRunnerUp: string;
  /** `{score}`: the router's raw score. */
  traceScore: string;
  traceInstruction: string;
  /** `{index}` of `{count}` */
  traceInstructionStep: string;
  traceKnowledge: string;
  traceActions: string;
  traceCollected: string;
  traceMatched: string;
  traceNone: string;
  traceNoWords: string;
  /** `{message}`: the text of the SMS. */
  smsAction: string;
  /** `{destination}` */
  transferAction: Record<TransferTarget, string>;
  /** `{destination}` */
  transferred: string;
  callOver: string;
  seeSummary: string;
  showTranscript: string;
  summaryTitle: string;
  /** `{version}`: Draft or Published; `{step}`: the step's title. */
  summaryIntro: string;
  summaryCaller: string;
  summaryIntent: string;
  summaryJob: string;
  summaryCollected: string;
  summaryActions: string;
  summaryOutcome: string;
  summaryTurns: string;
  turnCount: PluralMessage;
  nothingCollected: string;
  noActions: string;
  noJob: string;
  deletedJob: string;
  saving: string;
  saved: string;
  /** `{message}` */
  saveFailed: string;
  retrySave: string;
  notSavedReadOnly: string;
  switchTitle: string;
  switchBody: string;
  switchConfirm: string;
  keepCall: string;
}

const en: SimulatorMessages = {
  testCall: 'Test call',
  title: 'Simulated call',
  description:
    'Play the caller: Sona answers with the jobs and knowledge of this step, and shows why. Nothing in the flow changes.',
  close: 'Close',
  stepLabel: 'Sona step',
  versionLabel: 'Version',
  draft: 'Draft',
  published: 'Published',
  draftHint: 'Your unpublished changes, as real calls will get them once you publish.',
  publishedHint: 'What real calls get today (revision {revision}).',
  neverPublished: 'This call flow has never been published: publish it to test the version real calls use.',
  notInPublished: 'This step is not in the published version yet: publish the flow to test it there.',
  noSonaStep: 'This call flow has no Sona step to test: add one from the palette, then try again.',
  preparing: 'Connecting the call…',
  engineFailed: 'The simulator could not be loaded: {message} Check your connection and try again.',
  stepLoadFailed: 'The jobs and knowledge of this step could not be loaded: {message} Try again.',
  retry: 'Retry',
  transcript: 'Transcript',
  caller: 'Caller',
  sona: 'Sona',
  callerMessage: 'Caller message',
  callerPlaceholder: 'Type what the caller says…',
  composerHint: 'Enter sends, Shift+Enter starts a new line.',
  send: 'Send',
  endCall: 'End call',
  restart: 'Restart',
  typing: 'Sona is typing…',
  cancel: 'Cancel',
  cancelled: 'Cancelled: your message is back in the box.',
  startFailed: 'Sona could not start the call: {message}',
  turnFailed: 'Sona could not answer: {message} Your message is kept: retry when ready.',
  why: 'Why?',
  traceJob: 'Job',
  traceNoJob: 'No job in charge',
  traceConfidence: '{percent} confidence',
  traceChosen: 'chosen from this message',
  traceContinued: 'continuing',
  traceRunnerUp: 'Runner-up',
  traceScore: 'score {score}',
  traceInstruction: 'Instruction',
  traceInstructionStep: 'Step {index} of {count}',
  traceKnowledge: 'Knowledge',
  traceActions: 'Action fired',
  traceCollected: 'Collected',
  traceMatched: 'Matched words',
  traceNone: 'None',
  traceNoWords: 'No words matched',
  smsAction: 'SMS to the caller: “{message}”',
  transferAction: {
    member: 'Transfer to team member {destination}',
    inbox: 'Transfer to the shared inbox {destination}',
    number: 'Transfer to {destination}',
  },
  transferred: 'Sona transferred the call to {destination}. Sona has left the call.',
  callOver: 'The call is over.',
  seeSummary: 'See call summary',
  showTranscript: 'Show transcript',
  summaryTitle: 'Call summary',
  summaryIntro: '{version} of {step}',
  summaryCaller: 'Caller',
  summaryIntent: 'Intent',
  summaryJob: 'Job',
  summaryCollected: 'Collected',
  summaryActions: 'Actions',
  summaryOutcome: 'Outcome',
  summaryTurns: 'Length',
  turnCount: { one: '{count} turn', other: '{count} turns' },
  nothingCollected: 'Nothing collected',
  noActions: 'No actions fired',
  noJob: 'No job ran',
  deletedJob: 'Deleted job',
  saving: 'Saving to call summaries…',
  saved: 'Saved to call summaries',
  saveFailed: 'The summary was not saved: {message}',
  retrySave: 'Retry saving',
  notSavedReadOnly: 'Read only: this summary is not saved.',
  switchTitle: 'Restart the call?',
  switchBody: 'Switching ends this call and starts a new one. Its transcript is not kept.',
  switchConfirm: 'Switch and restart',
  keepCall: 'Keep this call',
};

const fr: SimulatorMessages = {
  testCall: 'Tester un appel',
  title: 'Appel simulé',
  description:
    'Jouez l’appelant : Sona répond avec les tâches et les connaissances de cette étape, et montre pourquoi. Rien ne change dans le flux.',
  close: 'Fermer',
  stepLabel: 'Étape Sona',
  versionLabel: 'Version',
  draft: 'Brouillon',
  published: 'Publiée',
  draftHint: 'Vos changements non publiés, tels que les vrais appels les auront une fois publiés.',
  publishedHint: 'Ce que reçoivent les vrais appels aujourd’hui (révision {revision}).',
  neverPublished:
    'Ce flux d’appels n’a jamais été publié : publiez-le pour tester la version des vrais appels.',
  notInPublished: 'Cette étape n’est pas encore dans la version publiée : publiez le flux pour l’y tester.',
  noSonaStep:
    'Ce flux d’appels n’a aucune étape Sona à tester : ajoutez-en une depuis la palette, puis réessayez.',
  preparing: 'Connexion de l’appel…',
  engineFailed: 'Le simulateur n’a pas pu être chargé : {message} Vérifiez votre connexion et réessayez.',
  stepLoadFailed:
    'Les tâches et les connaissances de cette étape n’ont pas pu être chargées : {message} Réessayez.',
  retry: 'Réessayer',
  transcript: 'Transcription',
  caller: 'Appelant',
  sona: 'Sona',
  callerMessage: 'Message de l’appelant',
  callerPlaceholder: 'Tapez ce que dit l’appelant…',
  composerHint: 'Entrée envoie, Maj+Entrée passe à la ligne.',
  send: 'Envoyer',
  endCall: 'Terminer l’appel',
  restart: 'Recommencer',
  typing: 'Sona écrit…',
  cancel: 'Annuler',
  cancelled: 'Annulé : votre message est de retour dans la zone de saisie.',
  startFailed: 'Sona n’a pas pu commencer l’appel : {message}',
  turnFailed:
    'Sona n’a pas pu répondre : {message} Votre message est conservé : réessayez quand vous voulez.',
  why: 'Pourquoi ?',
  traceJob: 'Tâche',
  traceNoJob: 'Aucune tâche en cours',
  traceConfidence: 'Confiance : {percent}',
  traceChosen: 'choisie à partir de ce message',
  traceContinued: 'en cours',
  traceRunnerUp: 'Deuxième choix',
  traceScore: 'score {score}',
  traceInstruction: 'Instruction',
  traceInstructionStep: 'Étape {index} sur {count}',
  traceKnowledge: 'Connaissances',
  traceActions: 'Action déclenchée',
  traceCollected: 'Recueilli',
  traceMatched: 'Mots reconnus',
  traceNone: 'Aucune',
  traceNoWords: 'Aucun mot reconnu',
  smsAction: 'SMS à l’appelant : « {message} »',
  transferAction: {
    member: 'Transfert au membre de l’équipe {destination}',
    inbox: 'Transfert à la boîte partagée {destination}',
    number: 'Transfert au {destination}',
  },
  transferred: 'Sona a transféré l’appel à {destination}. Sona a quitté l’appel.',
  callOver: 'L’appel est terminé.',
  seeSummary: 'Voir le résumé d’appel',
  showTranscript: 'Voir la transcription',
  summaryTitle: 'Résumé d’appel',
  summaryIntro: '{version} de {step}',
  summaryCaller: 'Appelant',
  summaryIntent: 'Intention',
  summaryJob: 'Tâche',
  summaryCollected: 'Recueilli',
  summaryActions: 'Actions',
  summaryOutcome: 'Résultat',
  summaryTurns: 'Durée',
  turnCount: { one: '{count} échange', other: '{count} échanges' },
  nothingCollected: 'Rien de recueilli',
  noActions: 'Aucune action déclenchée',
  noJob: 'Aucune tâche exécutée',
  deletedJob: 'Tâche supprimée',
  saving: 'Enregistrement dans les résumés d’appels…',
  saved: 'Enregistré dans les résumés d’appels',
  saveFailed: 'Le résumé n’a pas été enregistré : {message}',
  retrySave: 'Réessayer l’enregistrement',
  notSavedReadOnly: 'Lecture seule : ce résumé n’est pas enregistré.',
  switchTitle: 'Recommencer l’appel ?',
  switchBody: 'Changer met fin à cet appel et en commence un nouveau. Sa transcription n’est pas conservée.',
  switchConfirm: 'Changer et recommencer',
  keepCall: 'Garder cet appel',
};

export const simulator = { en, fr };
