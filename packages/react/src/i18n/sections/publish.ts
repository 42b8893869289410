import type { PluralMessage } from '../types';

/** Words for one difference between two graphs (what publishing changes, or what a revision changed). */
export interface ChangeMessages {
  firstPublish: PluralMessage;
  stepAdded: string;
  stepRemoved: string;
  /** `{fields}` is a list of setting labels joined the locale's way. */
  stepChanged: string;
  stepRenamed: string;
  jobAttached: string;
  jobDetached: string;
  jobsReordered: string;
  knowledgeAttached: string;
  knowledgeDetached: string;
  connectionAdded: string;
  connectionRemoved: string;
  stepsMoved: PluralMessage;
  /** Group titles of changes that concern no single step. */
  flowGroup: string;
  layoutGroup: string;
  /** A job or page that no longer exists, or whose name is still loading. */
  deletedJob: string;
  deletedKnowledge: string;
  loadingName: string;
  /** A connection whose target is gone. */
  unknownStep: string;
  /** Labels of the settings a changed step lists (keys of the step's settings). */
  settings: Record<string, string>;
}

export interface PublishMessages {
  region: string;
  publish: string;
  publishing: string;
  neverPublished: string;
  unpublishedChanges: string;
  changeCount: PluralMessage;
  publishedRevision: string;
  publishedOn: string;
  upToDate: string;
  /** Announced after a publish. */
  publishSuccess: string;
  changesTitle: string;
  changesIntro: string;
  liveNote: string;
  noChanges: string;
  close: string;
  fixProblems: PluralMessage;
  problemsIntro: string;
  problemShowStep: string;
  publishFailed: string;
  publishInvalid: PluralMessage;
  publishConflict: string;
  dismiss: string;
  history: string;
  historyTitle: string;
  historyIntro: string;
  historyEmpty: string;
  revisionTitle: string;
  revisionLive: string;
  revisionSteps: PluralMessage;
  revisionFirst: string;
  revisionChanges: PluralMessage;
  revisionSameAsPrevious: string;
  revisionMatchesDraft: string;
  restore: string;
  restored: string;
  changes: ChangeMessages;
}

const changesEn: ChangeMessages = {
  firstPublish: {
    one: 'First publish: the call flow’s only step goes live.',
    other: 'First publish: all {count} steps of the call flow go live.',
  },
  stepAdded: 'New step',
  stepRemoved: 'Step removed',
  stepChanged: '{fields} changed',
  stepRenamed: 'Renamed (was “{old}”)',
  jobAttached: 'Job attached: “{name}”',
  jobDetached: 'Job detached: “{name}”',
  jobsReordered: 'Jobs reordered',
  knowledgeAttached: 'Knowledge attached: “{name}”',
  knowledgeDetached: 'Knowledge detached: “{name}”',
  connectionAdded: 'New connection: {output} → “{target}”',
  connectionRemoved: 'Connection removed: {output} → “{target}”',
  stepsMoved: {
    one: '{count} step moved on the canvas (layout only)',
    other: '{count} steps moved on the canvas (layout only)',
  },
  flowGroup: 'Call flow',
  layoutGroup: 'Layout',
  deletedJob: 'a deleted job',
  deletedKnowledge: 'a deleted knowledge page',
  loadingName: '…',
  unknownStep: 'a deleted step',
  settings: {
    kind: 'step kind',
    title: 'title',
    greeting: 'greeting',
    conversationHistory: 'conversation history',
    schedule: 'schedule',
    prompt: 'prompt',
    options: 'menu options',
    timeoutSeconds: 'menu timeout',
    strategy: 'ring strategy',
    targets: 'people to ring',
    batchSize: 'batch size',
    groups: 'ring groups',
    ringSeconds: 'ring time',
    message: 'message',
    audioUrl: 'recording',
    phoneNumber: 'phone number',
  },
};

const changesFr: ChangeMessages = {
  firstPublish: {
    one: 'Première publication\u00a0: l’unique étape du flux d’appels entre en service.',
    other: 'Première publication\u00a0: les {count} étapes du flux d’appels entrent en service.',
  },
  stepAdded: 'Nouvelle étape',
  stepRemoved: 'Étape supprimée',
  stepChanged: 'Modifié\u00a0: {fields}',
  stepRenamed: 'Renommée (avant\u00a0: «\u00a0{old}\u00a0»)',
  jobAttached: 'Tâche associée\u00a0: «\u00a0{name}\u00a0»',
  jobDetached: 'Tâche retirée\u00a0: «\u00a0{name}\u00a0»',
  jobsReordered: 'Ordre des tâches modifié',
  knowledgeAttached: 'Connaissance associée\u00a0: «\u00a0{name}\u00a0»',
  knowledgeDetached: 'Connaissance retirée\u00a0: «\u00a0{name}\u00a0»',
  connectionAdded: 'Nouvelle connexion\u00a0: {output} → «\u00a0{target}\u00a0»',
  connectionRemoved: 'Connexion supprimée\u00a0: {output} → «\u00a0{target}\u00a0»',
  stepsMoved: {
    one: '{count} étape déplacée sur le canevas (disposition seulement)',
    other: '{count} étapes déplacées sur le canevas (disposition seulement)',
  },
  flowGroup: 'Flux d’appels',
  layoutGroup: 'Disposition',
  deletedJob: 'une tâche supprimée',
  deletedKnowledge: 'une page de connaissances supprimée',
  loadingName: '…',
  unknownStep: 'une étape supprimée',
  settings: {
    kind: 'type d’étape',
    title: 'titre',
    greeting: 'message d’accueil',
    conversationHistory: 'historique de conversation',
    schedule: 'horaire',
    prompt: 'message du menu',
    options: 'options du menu',
    timeoutSeconds: 'délai du menu',
    strategy: 'mode de sonnerie',
    targets: 'personnes à faire sonner',
    batchSize: 'taille des groupes',
    groups: 'groupes de sonnerie',
    ringSeconds: 'durée de sonnerie',
    message: 'message',
    audioUrl: 'enregistrement',
    phoneNumber: 'numéro de téléphone',
  },
};

export const publish: { en: PublishMessages; fr: PublishMessages } = {
  en: {
    region: 'Publishing',
    publish: 'Publish',
    publishing: 'Publishing…',
    neverPublished: 'Never published',
    unpublishedChanges: 'Unpublished changes',
    changeCount: { one: '{count} change', other: '{count} changes' },
    publishedRevision: 'Published · revision {revision}',
    publishedOn: 'Published on {date}',
    upToDate: 'Real calls use this draft: nothing to publish.',
    publishSuccess: 'Published revision {revision}',
    changesTitle: 'Changes to publish',
    changesIntro: 'Publishing puts these changes on real calls.',
    liveNote:
      'Edits to the content of jobs and knowledge pages are already live: they are not part of publishing.',
    noChanges: 'Nothing to publish: the draft matches what real calls use.',
    close: 'Close',
    fixProblems: {
      one: 'Fix {count} problem before publishing',
      other: 'Fix {count} problems before publishing',
    },
    problemsIntro: 'Choose a problem to show its step on the canvas.',
    problemShowStep: 'Show step',
    publishFailed: 'Couldn’t publish',
    publishInvalid: {
      one: '{count} problem blocks publishing: fix it first.',
      other: '{count} problems block publishing: fix them first.',
    },
    publishConflict: 'Someone else changed this call flow. Resolve the conflict, then publish again.',
    dismiss: 'Dismiss',
    history: 'History',
    historyTitle: 'Revision history',
    historyIntro:
      'Every publish keeps a revision. Restoring one copies it into the draft as a single change you can undo; it goes live only when you publish.',
    historyEmpty: 'Nothing published yet. Each time you publish, the revision appears here.',
    revisionTitle: 'Revision {revision}',
    revisionLive: 'Live',
    revisionSteps: { one: '{count} step', other: '{count} steps' },
    revisionFirst: 'First published version',
    revisionChanges: {
      one: '{count} change since revision {previous}',
      other: '{count} changes since revision {previous}',
    },
    revisionSameAsPrevious: 'Same steps as revision {previous}',
    revisionMatchesDraft: 'Same as the draft',
    restore: 'Restore to draft',
    restored: 'Revision {revision} is now in the draft. Publish to put it live.',
    changes: changesEn,
  },
  fr: {
    region: 'Publication',
    publish: 'Publier',
    publishing: 'Publication…',
    neverPublished: 'Jamais publié',
    unpublishedChanges: 'Modifications non publiées',
    changeCount: { one: '{count} modification', other: '{count} modifications' },
    publishedRevision: 'Publié · révision {revision}',
    publishedOn: 'Publié le {date}',
    upToDate: 'Les vrais appels utilisent ce brouillon\u00a0: rien à publier.',
    publishSuccess: 'Révision {revision} publiée',
    changesTitle: 'Modifications à publier',
    changesIntro: 'La publication applique ces modifications aux vrais appels.',
    liveNote:
      'Les modifications du contenu des tâches et des pages de connaissances sont déjà en vigueur\u00a0: elles ne font pas partie de la publication.',
    noChanges: 'Rien à publier\u00a0: le brouillon correspond à ce qu’utilisent les vrais appels.',
    close: 'Fermer',
    fixProblems: {
      one: 'Corrigez {count} problème avant de publier',
      other: 'Corrigez {count} problèmes avant de publier',
    },
    problemsIntro: 'Choisissez un problème pour afficher son étape sur le canevas.',
    problemShowStep: 'Afficher l’étape',
    publishFailed: 'Échec de la publication',
    publishInvalid: {
      one: '{count} problème empêche la publication\u00a0: corrigez-le d’abord.',
      other: '{count} problèmes empêchent la publication\u00a0: corrigez-les d’abord.',
    },
    publishConflict:
      'Quelqu’un d’autre a modifié ce flux d’appels. Résolvez le conflit, puis publiez de nouveau.',
    dismiss: 'Fermer',
    history: 'Historique',
    historyTitle: 'Historique des révisions',
    historyIntro:
      'Chaque publication conserve une révision. En restaurer une la copie dans le brouillon en une seule modification que vous pouvez annuler\u00a0; elle n’entre en service qu’à la publication.',
    historyEmpty: 'Rien n’a encore été publié. Chaque publication ajoutera sa révision ici.',
    revisionTitle: 'Révision {revision}',
    revisionLive: 'En service',
    revisionSteps: { one: '{count} étape', other: '{count} étapes' },
    revisionFirst: 'Première version publiée',
    revisionChanges: {
      one: '{count} modification depuis la révision {previous}',
      other: '{count} modifications depuis la révision {previous}',
    },
    revisionSameAsPrevious: 'Mêmes étapes que la révision {previous}',
    revisionMatchesDraft: 'Identique au brouillon',
    restore: 'Restaurer dans le brouillon',
    restored:
      'La révision {revision} est maintenant dans le brouillon. Publiez-la pour la mettre en service.',
    changes: changesFr,
  },
};
