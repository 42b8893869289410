// The jobEditor section of the catalogue: the job editor dialog, its impact and conflict steps.
import type { JobTextField, TransferTarget } from '@sona-designer/core';
import type { PluralMessage } from '../types';

export type ActionKind = 'sms' | TransferTarget;

/** Strings of `JobEditor`: its fields, the Insert action menu, the impact warning and the conflict view. */
export interface JobEditorMessages {
  titleNew: string;
  titleEdit: string;
  /** Read-only mode: the job is shown, not edited. */
  titleView: string;
  introNew: string;
  introEdit: string;
  introView: string;
  /** "Used by 3 steps in 2 call flows", with `{steps}` and `{flows}` from the plurals below. */
  usedBy: string;
  notUsed: string;
  steps: PluralMessage;
  callFlows: PluralMessage;
  remoteChanged: string;

  fields: Record<JobTextField, string>;
  hints: Record<JobTextField, string>;
  optional: string;
  /** The core's messages, in the catalogue's words (English matches the core). */
  errors: {
    required: { name: string; instructions: string };
    tooLong: string;
    control: string;
    singleLine: string;
  };

  save: string;
  saving: string;
  cancel: string;
  close: string;
  saveHintInvalid: string;
  /** `{fields}`: the empty required fields, e.g. "Name and Instructions". */
  saveHintRequired: string;
  saveHintUnchanged: string;
  loading: string;
  loadFailed: string;
  notFound: string;
  retry: string;
  saveFailed: string;
  saveDeleted: string;
  saveAsNew: string;
  saveRefused: string;

  discardTitle: string;
  discardBody: string;
  keepEditing: string;
  discard: string;

  impactTitle: string;
  /** Chosen by the number of steps; `{steps}` and `{flows}` come from the plurals above. */
  impactBody: PluralMessage;
  impactLive: string;
  /** `{fields}`: the fields the person changed, e.g. "Trigger and Instructions". */
  impactChanged: string;
  impactListLabel: string;
  placeDraft: string;
  placePublished: string;
  placeBoth: string;
  impactConfirm: string;
  impactBack: string;
  impactLoading: string;

  insertAction: string;
  insertActionTitle: string;
  actionKindLegend: string;
  actionKinds: Record<ActionKind, string>;
  actionInputs: Record<ActionKind, string>;
  actionPlaceholders: Record<ActionKind, string>;
  actionHints: { sms: string; transfer: string };
  actionEmpty: Record<ActionKind, string>;
  actionBracket: string;
  actionNumber: string;
  insert: string;
  actionInserted: string;

  warningsLabel: string;
  warnEmptySms: string;
  warnEmptyTransfer: string;
  warnAfterTransfer: string;
  showLine: string;

  conflictTitle: string;
  conflictBody: string;
  conflictSavedAt: string;
  theirs: string;
  yours: string;
  keepTheirs: string;
  takeYours: string;
  copyTheirs: string;
  copyYours: string;
  copied: string;
  copyFailed: string;
  /** Accessible name of a field's choice, e.g. "Instructions: version to save". */
  choiceLegend: string;
  sameInBoth: string;
  changedByBoth: string;
  changedByThem: string;
  changedByYou: string;
  empty: string;
  conflictSave: string;
  conflictEdit: string;
}

export const jobEditorEn: JobEditorMessages = {
  titleNew: 'New job',
  titleEdit: 'Edit job',
  titleView: 'Job',
  introNew:
    'Write what Sona does for one kind of call. The job is saved to the workspace, ready to attach to any Sona step.',
  introEdit: 'Your changes apply as soon as you save, to every Sona step that uses this job.',
  introView: 'You can read this job but not change it.',
  usedBy: 'Used by {steps} in {flows}',
  notUsed: 'Not used by any Sona step yet',
  steps: { one: '{count} step', other: '{count} steps' },
  callFlows: { one: '{count} call flow', other: '{count} call flows' },
  remoteChanged:
    'Someone else saved this job while you were editing. When you save, you will compare the two versions.',

  fields: { name: 'Name', description: 'Description', trigger: 'Trigger', instructions: 'Instructions' },
  hints: {
    name: 'A short name your team recognises, e.g. “Take a message”.',
    description: 'What the job is for, in a sentence, for your team.',
    trigger: 'What the caller says or wants that should start this job.',
    instructions: 'The steps Sona follows, one per line. Insert actions where they happen.',
  },
  optional: 'optional',
  errors: {
    required: {
      name: 'Name is required: give the job a short name, such as “Take a message”.',
      instructions: 'Instructions is required: write the steps Sona should follow, one per line.',
    },
    tooLong: '{label} is too long: {length} characters, the limit is {max}. Shorten it by {over}.',
    control:
      '{label} contains an invisible control character at position {position}: remove it (only line breaks and tabs are allowed).',
    singleLine: '{label} must fit on one line: remove the line breaks.',
  },

  save: 'Save job',
  saving: 'Saving…',
  cancel: 'Cancel',
  close: 'Close',
  saveHintInvalid: 'Fix the fields marked in red to save.',
  saveHintRequired: 'Fill in {fields} to save.',
  saveHintUnchanged: 'No changes to save yet.',
  loading: 'Loading the job…',
  loadFailed: 'Couldn’t load this job.',
  notFound: 'This job no longer exists: someone may have deleted it.',
  retry: 'Retry',
  saveFailed: 'Couldn’t save the job. Your changes are kept: try again.',
  saveDeleted: 'Someone deleted this job while you were editing. Your text is kept: save it as a new job.',
  saveAsNew: 'Save as a new job',
  saveRefused: 'The workspace refused the job: {detail}',

  discardTitle: 'Discard your changes?',
  discardBody: 'What you changed in this job has not been saved and will be lost.',
  keepEditing: 'Keep editing',
  discard: 'Discard',

  impactTitle: 'This change is live everywhere',
  impactBody: {
    one: 'This job is used by {steps} in {flows}; your change applies to it immediately.',
    other: 'This job is used by {steps} in {flows}; your change applies to them immediately.',
  },
  impactLive:
    'Unlike attaching jobs, editing one does not wait for publishing: published call flows use the new text as soon as you save.',
  impactChanged: 'You changed: {fields}.',
  impactListLabel: 'Where this job is used',
  placeDraft: 'Draft',
  placePublished: 'Published',
  placeBoth: 'Draft and published',
  impactConfirm: 'Save and apply',
  impactBack: 'Back to editing',
  impactLoading: 'Checking where this job is used…',

  insertAction: 'Insert action',
  insertActionTitle: 'Insert an action',
  actionKindLegend: 'Action',
  actionKinds: {
    sms: 'Send an SMS to the caller',
    member: 'Transfer to a team member',
    inbox: 'Transfer to a shared inbox',
    number: 'Transfer to an outside number',
  },
  actionInputs: {
    sms: 'Text of the SMS',
    member: 'Team member',
    inbox: 'Shared inbox',
    number: 'Phone number',
  },
  actionPlaceholders: {
    sms: 'Here is our intake form: https://…',
    member: 'Marc Dupont',
    inbox: 'Support',
    number: '+1 514 555 0100',
  },
  actionHints: {
    sms: 'Sona sends it to the number the caller is calling from.',
    transfer:
      'Sona tells the caller before transferring and cannot come back to the call afterwards: make it the last step.',
  },
  actionEmpty: {
    sms: 'Write the text of the SMS.',
    member: 'Write the name of the team member.',
    inbox: 'Write the name of the shared inbox.',
    number: 'Enter the phone number.',
  },
  actionBracket: 'Remove the square brackets: they would end the action early.',
  actionNumber: 'Enter the number in international format with its country code, e.g. +1 514 555 0100.',
  insert: 'Insert',
  actionInserted: 'Action inserted on line {line}.',

  warningsLabel: 'Check these lines',
  warnEmptySms: 'Line {line}: the SMS has no text. Write the message after “sms:”.',
  warnEmptyTransfer: 'Line {line}: the transfer has no destination. Write who or where after the colon.',
  warnAfterTransfer:
    'Line {line}: Sona leaves the call at the transfer on line {transferLine}, so the steps after it never run. Move the transfer last.',
  showLine: 'Go to line {line}',

  conflictTitle: 'Someone else changed this job',
  conflictBody:
    'They saved a new version while you were editing. For each field that differs, keep theirs or take yours, then save. Nothing you typed is lost.',
  conflictSavedAt: 'Their version was saved at {time}.',
  theirs: 'Theirs (saved)',
  yours: 'Yours (not saved)',
  keepTheirs: 'Keep theirs',
  takeYours: 'Take yours',
  copyTheirs: 'Copy theirs',
  copyYours: 'Copy yours',
  copied: 'Copied',
  copyFailed: 'Couldn’t copy: select the text and copy it by hand.',
  choiceLegend: '{field}: version to save',
  sameInBoth: 'Same in both',
  changedByBoth: 'Changed by both of you',
  changedByThem: 'Changed by them',
  changedByYou: 'Changed by you',
  empty: '(empty)',
  conflictSave: 'Save merged job',
  conflictEdit: 'Edit merged job',
};
