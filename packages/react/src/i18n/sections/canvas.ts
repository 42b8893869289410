import type { GraphIssueCode, RingStrategy } from '@sona-designer/core';
import type { PluralMessage } from '../types';

// The canvas section of the catalogue: the canvas, its step nodes and the step palette (French texts in `../fr`).
/** Strings of `FlowCanvas`, its step nodes and `StepPalette` (the `canvas` section of `Messages`). */
export interface CanvasMessages {
  region: string;
  /** A node's accessible name, e.g. "Sona step: Front desk". */
  nodeName: string;
  /** Read after a node's role by screen readers ("step"). */
  nodeRole: string;
  /** Read when a step node gets focus: what the keyboard does there. */
  nodeKeyboardHelp: string;
  nodeKeyboardHelpReadOnly: string;
  edgeName: string;
  edgeRole: string;
  edgeKeyboardHelp: string;
  /** Said when arrow keys move focus to a step, after its name: "2 connections out". */
  connectionsOut: PluralMessage;
  noConnectionsOut: string;
  /** The "Keyboard shortcuts" dialog (opened with `?` on the canvas). */
  shortcutsTitle: string;
  shortcutsIntro: string;
  shortcutsClose: string;
  /** Each row of the dialog: the keys as printed on a keyboard, and what they do. */
  shortcutKeys: Record<
    | 'tab'
    | 'nextStep'
    | 'sibling'
    | 'connections'
    | 'open'
    | 'move'
    | 'delete'
    | 'duplicate'
    | 'copyPaste'
    | 'selectAll'
    | 'clear'
    | 'undo'
    | 'parts'
    | 'help',
    string
  >;
  shortcutActions: CanvasMessages['shortcutKeys'];
  /** Announced by React Flow when a node is moved by keyboard (we move nodes ourselves, but keep it worded). */
  nodeMoved: string;
  controls: string;
  zoomIn: string;
  zoomOut: string;
  fitView: string;
  interactive: string;
  tidyUp: string;
  minimap: string;
  handle: string;
  /** Title of a source handle: "Drag to connect “During hours”". */
  dragToConnect: string;
  /** Title of the target handle. */
  dropHere: string;
  // Summaries on the nodes.
  callsTo: string;
  anyNumber: string;
  closedEveryDay: string;
  holidays: PluralMessage;
  noPrompt: string;
  noOptions: string;
  ringStrategy: Record<RingStrategy, string>;
  ringSeconds: string;
  batchOf: string;
  groups: PluralMessage;
  nobodyToRing: string;
  moreNames: string;
  noNumber: string;
  noGreeting: string;
  noMessage: string;
  recording: string;
  endHint: string;
  /** The label of the jobs row on a Sona node. */
  jobs: string;
  /** Visible count of jobs, "6 / 10". */
  jobsCount: string;
  /** Screen-reader text of the count: "6 of 10 jobs attached". */
  jobsCountSpoken: PluralMessage;
  jobsFull: string;
  noJobs: string;
  missingJob: string;
  loadingJob: string;
  moreJobs: string;
  knowledgeCount: PluralMessage;
  conversationHistoryOff: string;
  // Issues.
  errors: PluralMessage;
  warnings: PluralMessage;
  issueList: string;
  /** Wording of each issue on its own step's node (the step is the one the node shows). */
  issues: Record<GraphIssueCode, string>;
  // Palette.
  palette: string;
  paletteHint: string;
  readOnly: string;
}

export const canvasEn: CanvasMessages = {
  region: 'Call flow canvas',
  nodeName: '{kind}: {title}',
  nodeRole: 'step',
  nodeKeyboardHelp:
    'Press Enter to open its settings. Up and Down arrows follow the connections, Left and Right go to the steps beside it, period goes to its connections, Shift+arrows move the selected steps, Delete removes them. Press ? for all shortcuts.',
  nodeKeyboardHelpReadOnly:
    'Press Enter to see its settings. Up and Down arrows follow the connections, Left and Right go to the steps beside it, period goes to its connections. Press ? for all shortcuts.',
  edgeName: 'Connection from {source} ({output}) to {target}',
  edgeRole: 'connection',
  edgeKeyboardHelp:
    'Press Enter to select this connection, then Delete to remove it. Left and Right go to the other connections of its step, Down to the step it leads to, period back to its step.',
  connectionsOut: { one: '{count} connection out', other: '{count} connections out' },
  noConnectionsOut: 'no connection out',
  shortcutsTitle: 'Keyboard shortcuts',
  shortcutsIntro: 'On the call flow canvas:',
  shortcutsClose: 'Close',
  shortcutKeys: {
    tab: 'Tab / Shift+Tab',
    nextStep: '↓ / ↑',
    sibling: '← / →',
    connections: '. (period)',
    open: 'Enter',
    move: 'Shift+arrows',
    delete: 'Delete',
    duplicate: 'Ctrl/Cmd+D',
    copyPaste: 'Ctrl/Cmd+C, Ctrl/Cmd+V',
    selectAll: 'Ctrl/Cmd+A',
    clear: 'Escape',
    undo: 'Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z',
    parts: 'F6 / Shift+F6',
    help: '?',
  },
  shortcutActions: {
    tab: 'Enter the canvas on the selected step; press again to leave it',
    nextStep: 'Next or previous step, along the connections',
    sibling: 'The step beside it, on the same level',
    connections: 'From a step to its connections, and back (← / → between them, ↓ to where one leads)',
    open: 'Open the step’s settings',
    move: 'Move the selected steps',
    delete: 'Delete the selected steps or connection',
    duplicate: 'Duplicate the selected steps',
    copyPaste: 'Copy and paste steps',
    selectAll: 'Select every step',
    clear: 'Clear the selection',
    undo: 'Undo and redo',
    parts: 'Next or previous part: publishing, steps, canvas, settings',
    help: 'Show this list',
  },
  nodeMoved: 'Moved the selected steps {direction}.',
  controls: 'Canvas controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitView: 'Fit the flow to the screen',
  interactive: 'Lock the canvas',
  tidyUp: 'Tidy up',
  minimap: 'Overview of the call flow',
  handle: 'Connection point',
  dragToConnect: 'Drag to connect “{output}” to a step',
  dropHere: 'Drop a connection here',
  callsTo: 'Calls to {number}',
  anyNumber: 'Every call to this flow’s number',
  closedEveryDay: 'Closed every day',
  holidays: { one: '{count} holiday', other: '{count} holidays' },
  noPrompt: 'No prompt yet',
  noOptions: 'No options yet',
  ringStrategy: {
    'all-at-once': 'All at once',
    'random-batches': 'Random batches',
    'custom-groups': 'Custom groups',
    single: 'One person',
  },
  ringSeconds: '{seconds} s',
  batchOf: '{size} at a time',
  groups: { one: '{count} group', other: '{count} groups' },
  nobodyToRing: 'Nobody to ring yet',
  moreNames: '+{count}',
  noNumber: 'No number yet',
  noGreeting: 'No greeting yet',
  noMessage: 'No message yet',
  recording: 'Plays a recording',
  endHint: 'The call ends here',
  jobs: 'Jobs',
  jobsCount: '{count} / {max}',
  jobsCountSpoken: { one: '{count} of {max} jobs attached', other: '{count} of {max} jobs attached' },
  jobsFull: 'Full',
  noJobs: 'No jobs attached',
  missingJob: 'Missing job',
  loadingJob: 'Loading job…',
  moreJobs: '+{count} more',
  knowledgeCount: { one: '{count} knowledge page', other: '{count} knowledge pages' },
  conversationHistoryOff: 'Forgets earlier calls',
  errors: { one: '{count} error', other: '{count} errors' },
  warnings: { one: '{count} warning', other: '{count} warnings' },
  issueList: 'Problems of this step',
  issues: {
    NO_START: 'The call flow has no Incoming call step.',
    MULTIPLE_STARTS: 'A second Incoming call step: a call flow starts in exactly one place. Delete one.',
    EDGE_INTO_START: 'Leads back to the start of the call: connect it elsewhere.',
    UNKNOWN_EDGE_STEP: 'A connection points to a step that no longer exists: delete it.',
    UNKNOWN_OUTPUT: 'A connection leaves from an output this step no longer has: delete or reconnect it.',
    OUTPUT_CONNECTED_TWICE: 'An output is connected to two steps: remove one connection.',
    UNCONNECTED_OUTPUT: '“{output}” leads nowhere: the call hangs up there.',
    UNREACHABLE: 'No call can reach this step: connect a step to it or delete it.',
    ENDLESS_LOOP: 'Calls that reach this step loop forever: give the loop a way out.',
    STEP_AFTER_END: 'The call ends here, so “{target}” after it can never run.',
    SONA_EMPTY: 'No jobs and no knowledge: Sona can only take messages.',
    TOO_MANY_JOBS: '{count} jobs: a Sona step holds at most {max}.',
    DUPLICATE_JOB: 'A job is attached twice: remove the copy.',
    UNKNOWN_JOB: 'Uses a job that no longer exists: detach it.',
    TRIGGER_OVERLAP:
      '“{first}” and “{second}” start on almost the same words: make one trigger more specific.',
    UNKNOWN_KNOWLEDGE: 'Uses a knowledge page that no longer exists: detach it.',
    FORWARD_NO_NUMBER: 'No number to forward to: enter one with its country code.',
    RING_NO_TARGETS: 'Rings nobody: choose at least one person.',
    MENU_NO_OPTIONS: 'No keys to press: add an option or remove the menu.',
    NEVER_OPEN: 'No opening hours: every call takes the after-hours path.',
    INVALID_SETTINGS: 'A setting is not valid: open the step to fix it.',
  },
  palette: 'Add a step',
  paletteHint: 'Drag a step onto the canvas, or press Enter to add it below the selected step.',
  readOnly: 'Read only: steps cannot be added.',
};
