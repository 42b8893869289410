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
  /** The flow's "require passing tests before publishing" setting, turned on or off. */
  requireTestsOn: string;
  requireTestsOff: string;
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

/** Strings of `PublishBar`, `PendingChanges`, `RevisionHistory` and the publishing problems and errors. */
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
  requireTestsOn: 'Publishing now requires every test to pass',
  requireTestsOff: 'Publishing no longer requires passing tests',
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

export const publishEn: PublishMessages = {
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
};
