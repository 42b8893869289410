import type { GraphIssueCode } from '@sona-designer/core';
import type { PluralMessage } from '../types';

/**
 * Strings shared by the designer's frame: loading and load errors, saving, undo and redo, conflicts and the
 * issue texts (the `designer` section of `Messages`).
 */
export interface DesignerMessages {
  loading: string;
  /** The job library's and the knowledge library's placeholders while their code downloads. */
  loadingJobs: string;
  loadingKnowledge: string;
  /** The call summaries page's placeholder while its code downloads. */
  loadingCallSummaries: string;
  /** The Test call button (publish bar, inspector, Sona cards). */
  testCall: string;
  loadFailed: string;
  retry: string;
  /** A part whose code loads on demand (a dialog, a panel) could not be downloaded. */
  partLoadFailed: string;
  undo: string;
  redo: string;
  undoShortcut: string;
  redoShortcut: string;
  readOnly: string;
  /** The name of the skip links at the top of the designer (each says the part it goes to). */
  skipTo: string;
  saving: string;
  saved: string;
  unsavedEdits: string;
  saveFailed: string;
  saveRetry: string;
  conflictTitle: string;
  conflictBody: string;
  conflictReloadTheirs: string;
  conflictKeepMine: string;
  conflictKeptNote: string;
  /** The save status while a conflict waits for a decision, and the button that reopens the choice. */
  conflictStatus: string;
  conflictResolve: string;
  conflictSavedAt: string;
  conflictDiffHeading: string;
  conflictNoDifference: string;
  conflictMore: PluralMessage;
  conflictOverwriteNote: string;
  conflictClose: string;
  conflictTheirs: string;
  conflictYours: string;
  conflictOnlyTheirs: string;
  conflictOnlyYours: string;
  conflictDifferent: string;
  conflictThisStep: string;
  conflictJob: string;
  conflictKnowledge: string;
  conflictJobOrder: string;
  conflictConnection: string;
  conflictMoved: PluralMessage;
  conflictEmpty: string;
  conflictOn: string;
  conflictOff: string;
  /** The adapter's reason, shown beside Retry. */
  saveFailedDetails: string;
  /** Announced after undo/redo, e.g. "Undid: Add Voicemail". */
  undid: string;
  redid: string;
  remoteUpdated: string;
  issuesSummary: PluralMessage;
  /** Labels of history entries. */
  historyLabels: {
    addStep: string;
    deleteSelection: string;
    connect: string;
    disconnect: string;
    move: string;
    duplicate: string;
    paste: string;
    editStep: string;
    autoLayout: string;
    restore: string;
    reloadTheirs: string;
    /** A version saved in another tab or by a teammate replaced the draft (it had no unsaved edits). */
    savedElsewhere: string;
    attachJob: string;
    detachJob: string;
    reorderJobs: string;
    attachKnowledge: string;
    detachKnowledge: string;
  };
  /** A validation problem in words; `{title}` is the step's title, other placeholders come from the issue. */
  issueMessages: Record<GraphIssueCode, string>;
}

export const designerEn: DesignerMessages = {
  loading: 'Loading the call flow…',
  loadingJobs: 'Loading jobs…',
  loadingKnowledge: 'Loading knowledge pages…',
  loadingCallSummaries: 'Loading call summaries…',
  testCall: 'Test call',
  loadFailed: 'The call flow could not be loaded.',
  retry: 'Retry',
  partLoadFailed: 'This part couldn’t load. Check your connection, then retry.',
  undo: 'Undo',
  redo: 'Redo',
  undoShortcut: 'Ctrl+Z',
  redoShortcut: 'Shift+Ctrl+Z',
  readOnly: 'Read only',
  skipTo: 'Skip to',
  saving: 'Saving…',
  saved: 'Saved',
  unsavedEdits: 'Unsaved edits',
  saveFailed: 'Couldn’t save',
  saveRetry: 'Retry',
  conflictTitle: 'Someone else changed this call flow',
  conflictBody:
    'Your edits were not saved because the draft changed elsewhere. Reload theirs (your version stays in Undo) or keep yours and overwrite theirs.',
  conflictReloadTheirs: 'Reload theirs',
  conflictKeepMine: 'Keep mine and overwrite',
  conflictKeptNote: 'Your version is one Undo away.',
  conflictStatus: 'Not saved: changed elsewhere',
  conflictResolve: 'Resolve…',
  conflictSavedAt: 'Their version was saved at {time}.',
  conflictDiffHeading: 'How their version differs from yours',
  conflictNoDifference: 'Their steps and settings are the same as yours.',
  conflictMore: { one: '…and {count} more difference', other: '…and {count} more differences' },
  conflictOverwriteNote: 'Their changes are replaced by yours.',
  conflictClose: 'Decide later',
  conflictTheirs: 'Theirs',
  conflictYours: 'Yours',
  conflictOnlyTheirs: 'Only in theirs',
  conflictOnlyYours: 'Only in yours',
  conflictDifferent: 'Different',
  conflictThisStep: 'The whole step',
  conflictJob: 'Job “{name}”',
  conflictKnowledge: 'Knowledge “{name}”',
  conflictJobOrder: 'Order of the jobs',
  conflictConnection: '{output} → “{target}”',
  conflictMoved: {
    one: 'Position of {count} step on the canvas',
    other: 'Positions of {count} steps on the canvas',
  },
  conflictEmpty: '(empty)',
  conflictOn: 'On',
  conflictOff: 'Off',
  saveFailedDetails: 'Details',
  undid: 'Undid: {label}',
  redid: 'Redid: {label}',
  remoteUpdated: 'Updated with changes saved elsewhere. Undo brings your version back.',
  issuesSummary: { one: '{count} problem', other: '{count} problems' },
  historyLabels: {
    addStep: 'Add {title}',
    deleteSelection: 'Delete',
    connect: 'Connect',
    disconnect: 'Disconnect',
    move: 'Move',
    duplicate: 'Duplicate',
    paste: 'Paste',
    editStep: 'Edit {title}',
    autoLayout: 'Tidy up layout',
    restore: 'Restore revision {revision}',
    reloadTheirs: 'Reload their version',
    savedElsewhere: 'Changes saved elsewhere',
    attachJob: 'Attach job',
    detachJob: 'Detach job',
    reorderJobs: 'Reorder jobs',
    attachKnowledge: 'Attach knowledge',
    detachKnowledge: 'Detach knowledge',
  },
  issueMessages: {
    NO_START: 'The call flow has no Incoming call step: add one so calls know where to start.',
    MULTIPLE_STARTS:
      '“{title}” is a second Incoming call step: a call flow starts in exactly one place. Delete one.',
    UNKNOWN_EDGE_STEP:
      'A connection of “{title}” points to a step that no longer exists: delete the connection.',
    EDGE_INTO_START:
      '“{title}” leads back to “{target}”: nothing can lead into the start of a call. Connect it elsewhere.',
    STEP_AFTER_END: 'The call ends at “{title}”, so “{target}” after it can never run.',
    UNKNOWN_OUTPUT:
      'A connection leaves “{title}” from an output it no longer has ({output}): delete or reconnect it.',
    OUTPUT_CONNECTED_TWICE:
      'An output of “{title}” is connected to two steps: a call can only go one way. Remove one connection.',
    UNCONNECTED_OUTPUT:
      '“{output}” of “{title}” leads nowhere: the call hangs up there. Connect it to a step.',
    UNREACHABLE: 'No call can reach “{title}”: connect a step to it or delete it.',
    ENDLESS_LOOP:
      'Calls that reach “{title}” loop forever: give the loop a way out (an end, voicemail, a person or Sona’s hand-off).',
    SONA_EMPTY:
      '“{title}” has no jobs and no knowledge: Sona can only take messages. Attach a job or a knowledge page.',
    TOO_MANY_JOBS: '“{title}” has {count} jobs; a Sona step holds at most {max}. Detach {over}.',
    DUPLICATE_JOB: 'A job is attached twice to “{title}”: remove the copy.',
    UNKNOWN_JOB: '“{title}” uses a job that no longer exists: detach it.',
    TRIGGER_OVERLAP:
      '“{first}” and “{second}” in “{title}” start on almost the same words: Sona cannot tell them apart. Make one trigger more specific.',
    UNKNOWN_KNOWLEDGE: '“{title}” uses a knowledge page that no longer exists: detach it.',
    FORWARD_NO_NUMBER: '“{title}” has no number to forward to: enter one with its country code.',
    RING_NO_TARGETS: '“{title}” rings nobody: choose at least one person to ring.',
    MENU_NO_OPTIONS: '“{title}” offers no keys to press: add an option or remove the menu.',
    NEVER_OPEN:
      '“{title}” has no opening hours, so every call takes the after-hours path. Add hours to at least one day.',
    INVALID_SETTINGS: '“{title}”: a setting is not valid ({field}). Open the step to fix it.',
  },
};
