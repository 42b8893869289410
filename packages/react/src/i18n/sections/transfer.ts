import type { PluralMessage } from '../types';

/** Strings of the export buttons and the import dialog (`ExportWorkspaceButton`, `ExportCallFlowButton`, `ImportDialog`). */
export interface TransferMessages {
  /** The job library's button that downloads the whole workspace. */
  exportWorkspace: string;
  /** The designer toolbar's button that downloads the open call flow. */
  exportCallFlow: string;
  /** Its accessible name and tooltip. */
  exportCallFlowLabel: string;
  exporting: string;
  /** `{message}`: what went wrong. */
  exportFailed: string;
  /** Announced once the file is handed to the browser; `{file}`: its name. */
  exported: string;
  /** The flow's latest edits could not be saved before its export. */
  exportUnsaved: string;
  /** The flow was deleted meanwhile. */
  exportGone: string;
  retry: string;

  /** The button that opens the import dialog. */
  importButton: string;
  importTitle: string;
  importDescription: string;
  dropHere: string;
  chooseFile: string;
  /** `{max}`: the largest file, in MB. */
  fileLimit: string;
  /** `{file}`: the file's name. */
  reading: string;
  /** `{percent}` read of `{size}`. */
  readingProgress: string;
  checking: string;
  /** `{size}` and `{max}`, in MB. */
  tooLarge: string;
  /** `{message}`: the browser's reason. */
  unreadable: string;
  notJsonFile: string;
  /** The workspace could not be read to preview the import; `{message}`: why. */
  compareFailed: string;

  /** How many problems; nothing was imported. */
  problemsTitle: PluralMessage;
  problemsHint: string;
  problemsListLabel: string;
  /** The path column: where in the file. */
  problemWhere: string;
  chooseAnother: string;

  /** `{date}`: when it was exported. */
  fileWorkspace: string;
  /** `{name}` of the flow and `{date}`. */
  fileCallFlow: string;
  /** `{version}`: the older format's number. */
  migrated: string;
  modeLabel: string;
  modeMerge: string;
  modeMergeHint: string;
  modeReplace: string;
  modeReplaceHint: string;
  previewHeading: string;
  previewTableLabel: string;
  columnKind: string;
  columnInFile: string;
  columnAdded: string;
  columnCopies: string;
  columnReplaced: string;
  columnRemoved: string;
  columnUnchanged: string;
  kindJobs: string;
  kindKnowledge: string;
  kindCallFlows: string;
  kindCallSummaries: string;
  kindTestCases: string;
  /** `{names}`, then `{kind}`: the records a replace deletes. */
  willBeDeleted: string;
  /** The records a replace overwrites. */
  willBeReplaced: string;
  /** The records a merge adds as copies under new ids. */
  willBeCopied: string;
  /** After a shortened list of names. */
  andMore: PluralMessage;
  nothingChanges: string;

  importAction: string;
  replaceAction: string;
  cancel: string;
  close: string;
  back: string;

  confirmTitle: string;
  /** `{changes}`: what is deleted and overwritten, as a list. */
  confirmBody: string;
  confirmExportFirst: string;
  countJobs: PluralMessage;
  countKnowledge: PluralMessage;
  countCallFlows: PluralMessage;
  countCallSummaries: PluralMessage;
  countTestCases: PluralMessage;
  /** Joins the last two items of a list ("a, b and c"). */
  and: string;

  importing: string;
  doneTitle: string;
  /** `{what}`: the counts imported, as a list. */
  doneBody: string;
  donePlusRemapped: PluralMessage;
  doneMigrated: string;
  /** `{message}`: what went wrong. */
  importFailed: string;
}

export const transferEn: TransferMessages = {
  exportWorkspace: 'Export workspace',
  exportCallFlow: 'Export',
  exportCallFlowLabel: 'Export this call flow as a JSON file',
  exporting: 'Exporting…',
  exportFailed: 'Couldn’t export: {message}',
  exported: 'Downloaded {file}.',
  exportUnsaved: 'the latest changes are not saved. Save them (or settle the conflict), then export again.',
  exportGone: 'this call flow no longer exists.',
  retry: 'Try again',

  importButton: 'Import…',
  importTitle: 'Import into the workspace',
  importDescription:
    'Bring in jobs, knowledge pages, call flows and call summaries from a file exported from Sona Designer: a whole workspace or one call flow.',
  dropHere: 'Drop a JSON file here',
  chooseFile: 'Choose a file',
  fileLimit: 'Up to {max} MB. Nothing changes until you confirm.',
  reading: 'Reading {file}…',
  readingProgress: '{percent}% of {size}',
  checking: 'Checking the file and comparing it with the workspace…',
  tooLarge:
    'This file is {size} MB; at most {max} MB can be imported. Export less (one call flow rather than the workspace), or split it.',
  unreadable: 'The file could not be read: {message}',
  notJsonFile: 'Choose a .json file exported from Sona Designer.',
  compareFailed: 'The file is fine, but the workspace could not be read to show what would change: {message}',

  problemsTitle: {
    one: '{count} problem: nothing was imported',
    other: '{count} problems: nothing was imported',
  },
  problemsHint: 'Fix them in the file, or export it again from Sona Designer, then choose it again.',
  problemsListLabel: 'Problems in the file',
  problemWhere: 'Where',
  chooseAnother: 'Choose another file',

  fileWorkspace: 'Workspace exported on {date}',
  fileCallFlow: 'Call flow “{name}”, exported on {date}',
  migrated:
    'Written by an older version of Sona Designer (format {version}): it is updated as it is imported.',
  modeLabel: 'How to import',
  modeMerge: 'Add to the workspace',
  modeMergeHint:
    'Everything in the workspace stays. A record whose id is already taken is added as a copy with a new id.',
  modeReplace: 'Replace the workspace',
  modeReplaceHint: 'The workspace becomes exactly the file: what is not in the file is deleted.',
  previewHeading: 'What will change',
  previewTableLabel: 'What the import will change, by kind of record',
  columnKind: 'Kind',
  columnInFile: 'In the file',
  columnAdded: 'Added',
  columnCopies: 'Added as copies',
  columnReplaced: 'Overwritten',
  columnRemoved: 'Deleted',
  columnUnchanged: 'Unchanged',
  kindJobs: 'Jobs',
  kindKnowledge: 'Knowledge pages',
  kindCallFlows: 'Call flows',
  kindCallSummaries: 'Call summaries',
  kindTestCases: 'Saved tests',
  willBeDeleted: 'Deleted: {names}',
  willBeReplaced: 'Overwritten by the file: {names}',
  willBeCopied: 'Added as copies with a new id: {names}',
  andMore: { one: 'and {count} more', other: 'and {count} more' },
  nothingChanges: 'The workspace already holds exactly this: nothing will change.',

  importAction: 'Import',
  replaceAction: 'Replace workspace',
  cancel: 'Cancel',
  close: 'Close',
  back: 'Back',

  confirmTitle: 'Replace the workspace?',
  confirmBody: 'This deletes or overwrites {changes}. It cannot be undone.',
  confirmExportFirst: 'Export the workspace first',
  countJobs: { one: '{count} job', other: '{count} jobs' },
  countKnowledge: { one: '{count} knowledge page', other: '{count} knowledge pages' },
  countCallFlows: { one: '{count} call flow', other: '{count} call flows' },
  countCallSummaries: { one: '{count} call summary', other: '{count} call summaries' },
  countTestCases: { one: '{count} saved test', other: '{count} saved tests' },
  and: 'and',

  importing: 'Importing…',
  doneTitle: 'Imported',
  doneBody: 'The workspace now has the file’s {what}.',
  donePlusRemapped: {
    one: '{count} record got a new id because its id was taken.',
    other: '{count} records got a new id because their id was taken.',
  },
  doneMigrated: 'The file was updated from an older format.',
  importFailed: 'The import did not go through, and nothing changed: {message}',
};
