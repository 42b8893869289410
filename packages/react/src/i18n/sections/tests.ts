import type { CallOutcome } from '@sona-designer/core';
import type { TestFailureCode } from '@sona-designer/core/simulator';
import type { PluralMessage } from '../types';

/**
 * Strings of the saved test cases: the drawer's Tests view, Save as test, and the publish bar's count. They travel with
 * the drawer's texts (the `simulator` section). Names, titles and texts in `{…}` come isolated from the sentence's
 * direction.
 */
export interface TestsMessages {
  modeTests: string;
  /** The publish bar's count: `{count}` tests. */
  count: PluralMessage;
  /** `{count}` failing tests, after the count. */
  failing: string;
  allPassing: string;
  /** The publish bar's button when the flow has no test yet. */
  noTests: string;
  /** The count's accessible name: `{summary}` is what it shows. */
  openTests: string;
  running: string;
  /** Why Publish is off: `{count}` tests fail on the draft. */
  blockedFailing: PluralMessage;
  blockedRunning: string;
  heading: string;
  runAll: string;
  /** `{done}` of `{total}`. */
  runningProgress: string;
  /** `{passed}` of `{total}`. */
  draftSummary: string;
  /** `{passed}` of `{total}`, `{revision}`. */
  publishedSummary: string;
  neverPublished: string;
  filterLabel: string;
  /** Each with `{count}`. */
  filterAll: string;
  filterFailing: string;
  filterChanged: string;
  emptyTitle: string;
  emptyBody: string;
  noFailing: string;
  noChanged: string;
  loading: string;
  /** `{message}` */
  loadFailed: string;
  retry: string;
  passes: string;
  fails: string;
  notRun: string;
  brokenByDraft: string;
  fixedByDraft: string;
  publishedPasses: string;
  publishedFails: string;
  requireSetting: string;
  requireHint: string;
  back: string;
  edit: string;
  delete: string;
  /** `{name}` */
  deleteTitle: string;
  deleteBody: string;
  deleteConfirm: string;
  cancel: string;
  /** `{message}` */
  deleteFailed: string;
  expectations: string;
  met: string;
  notMet: string;
  callHeading: string;
  conversation: string;
  noConversation: string;
  /** `{turn}` */
  turn: string;
  /** `{turn}` */
  failsAtTurn: string;
  /** The call a test places: `{when}`. */
  callWhen: string;
  /** `{keys}` pressed at the phone menus. */
  callKeys: string;
  callAnswered: string;
  callNotAnswered: string;
  /** `{number}` */
  callFrom: string;
  callUnknownNumber: string;
  // Expectations, in words.
  /** `{step}` */
  expectReaches: string;
  /** `{job}` */
  expectJob: string;
  expectSms: string;
  /** `{text}` */
  expectSmsContaining: string;
  expectTransfer: string;
  /** `{text}` */
  expectTransferTo: string;
  /** `{page}` */
  expectKnowledge: string;
  /** `{outcome}` */
  expectOutcome: string;
  /** `{text}` */
  expectReply: string;
  /** `{turn}`, then the expectation: "Turn 2: …". */
  atTurn: string;
  deleted: string;
  callOutcomes: Record<CallOutcome, string>;
  /** Why an expectation failed, by code; see `TestFailureReason` for the values of each. */
  failures: Record<TestFailureCode, string>;
  /** `job-not-fired` and `knowledge-not-quoted` when nothing fired or was quoted. */
  failureNothingFired: string;
  failureNothingQuoted: string;
  /** `step-not-reached` and `outcome-without-sona` when the call never entered the flow. */
  failureNeverEntered: string;
  failureNoSms: string;
  failureNoTransfer: string;
  /** `action-not-fired` for a transfer: `{contains}`. */
  failureNoTransferTo: string;
  /** `reply-without-text` on the whole call. */
  failureNeverSaid: string;
  /** `turn-not-reached` when the caller never spoke to Sona. */
  failureNoTurns: string;
  // Save as test.
  saveAsTest: string;
  saveTitle: string;
  editTitle: string;
  saveDescription: string;
  name: string;
  /** A suggested name: `{step}` the call ended at, `{when}`. */
  defaultName: string;
  checksLegend: string;
  checksHint: string;
  /** An extra check of the person's own: a text Sona must say during the call. */
  addReplyCheck: string;
  addReplyPlaceholder: string;
  addReplyHint: string;
  noChecks: string;
  /** The text field under a kept SMS check: what the SMS must contain. */
  checkTextSms: string;
  /** The text field under a kept transfer check: what the transfer's target must contain. */
  checkTextTransfer: string;
  /** The text field under a kept reply check: what Sona must say. */
  checkTextReply: string;
  /** Under the SMS and transfer text fields: empty accepts any. */
  checkTextAnyHint: string;
  /** A kept reply check left empty. */
  checkTextRequired: string;
  /** `{job}`: under a failing job check, adds the caller's sentence at that turn to the job's trigger. */
  teachJob: string;
  /** `{job}`: after teaching, while the suite runs the test again. */
  taught: string;
  /** `{job}`: after Undo. */
  teachUndone: string;
  teachUndo: string;
  save: string;
  saving: string;
  /** `{name}` */
  saved: string;
  /** `{message}` */
  saveFailed: string;
  /** The test changed elsewhere while it was edited. */
  saveConflict: string;
  /** A recorded call whose step the flow no longer reaches. */
  unreachable: string;
  nameRequired: string;
  discardTitle: string;
  discardBody: string;
  discard: string;
  keepEditing: string;
}

export const testsEn: TestsMessages = {
  modeTests: 'Tests',
  count: { one: '{count} test', other: '{count} tests' },
  failing: '{count} failing',
  allPassing: 'all passing',
  noTests: 'Tests',
  openTests: 'Tests: {summary}',
  running: 'running…',
  blockedFailing: {
    one: 'Publishing needs every test to pass: {count} test fails on the draft.',
    other: 'Publishing needs every test to pass: {count} tests fail on the draft.',
  },
  blockedRunning: 'Publishing waits for the tests to finish running.',
  heading: 'Saved tests',
  runAll: 'Run all',
  runningProgress: 'Running {done} of {total}…',
  draftSummary: 'Draft: {passed} of {total} pass',
  publishedSummary: 'Published revision {revision}: {passed} of {total} pass',
  neverPublished: 'Not published yet: nothing to compare with.',
  filterLabel: 'Show',
  filterAll: 'All ({count})',
  filterFailing: 'Failing ({count})',
  filterChanged: 'Changed since published ({count})',
  emptyTitle: 'No tests yet',
  emptyBody:
    'Place a simulated call, then choose Save as test. Every saved test runs again after each edit of the draft.',
  noFailing: 'Every test passes on the draft.',
  noChanged: 'No test changed result since the published revision.',
  loading: 'Loading the tests…',
  loadFailed: 'Couldn’t load the tests: {message}',
  retry: 'Retry',
  passes: 'Passes',
  fails: 'Fails',
  notRun: 'Not run yet',
  brokenByDraft: 'Broken by the draft',
  fixedByDraft: 'Fixed by the draft',
  publishedPasses: 'Passes on the published flow',
  publishedFails: 'Fails on the published flow',
  requireSetting: 'Require passing tests before publishing',
  requireHint: 'Publish stays off while a test fails on the draft. Saved with the draft, like any edit.',
  back: 'All tests',
  edit: 'Edit',
  delete: 'Delete',
  deleteTitle: 'Delete the test {name}?',
  deleteBody: 'It stops running for everyone working on this call flow.',
  deleteConfirm: 'Delete test',
  cancel: 'Cancel',
  deleteFailed: 'Couldn’t delete the test: {message}',
  expectations: 'What it checks',
  met: 'Met',
  notMet: 'Not met',
  callHeading: 'The call',
  conversation: 'Conversation',
  noConversation: 'The call never reached Sona.',
  turn: 'Turn {turn}',
  failsAtTurn: 'Fails at turn {turn}',
  callWhen: 'Calls {when}',
  callKeys: 'presses {keys}',
  callAnswered: 'someone answers when rung',
  callNotAnswered: 'nobody answers when rung',
  callFrom: 'from {number}',
  callUnknownNumber: 'from an unknown number',
  expectReaches: 'Reaches {step}',
  expectJob: 'Job {job} fires',
  expectSms: 'An SMS is sent',
  expectSmsContaining: 'An SMS containing {text} is sent',
  expectTransfer: 'The call is transferred',
  expectTransferTo: 'The call is transferred to {text}',
  expectKnowledge: '{page} is quoted',
  expectOutcome: 'Ends with the outcome {outcome}',
  expectReply: 'Sona says {text}',
  atTurn: 'Turn {turn}: {expectation}',
  deleted: 'deleted',
  callOutcomes: {
    'message-taken': 'message taken',
    transferred: 'transferred',
    resolved: 'resolved',
    'lead-qualified': 'lead qualified',
    'appointment-booked': 'appointment booked',
    abandoned: 'abandoned',
    'no-match': 'no job matched',
  },
  failures: {
    'step-missing': 'The step this test expects no longer exists.',
    'step-not-reached': 'The call never reached {title}: it ended at {endedAt}.',
    'job-missing': 'The job this test expects no longer exists.',
    'job-not-fired': 'Expected job {job} to fire; {fired} fired instead.',
    'page-missing': 'The knowledge page this test expects no longer exists.',
    'knowledge-not-quoted': 'Expected {page} to be quoted; {quoted} quoted instead.',
    'action-not-fired': 'No SMS containing {contains} was sent.',
    'outcome-differs': 'Expected the outcome {expected}; the call ended with {actual}.',
    'outcome-without-sona':
      'Expected the outcome {expected}, but the call never reached Sona: it ended at {endedAt}.',
    'reply-without-text': 'Sona’s reply does not contain {text}.',
    'turn-not-reached': 'Turn {turn} never happened: the call had only {turns}.',
  },
  failureNothingFired: 'Expected job {job} to fire; no job fired.',
  failureNothingQuoted: 'Expected {page} to be quoted; no page was quoted.',
  failureNeverEntered: 'The call never entered the flow.',
  failureNoSms: 'No SMS was sent.',
  failureNoTransfer: 'The call was not transferred.',
  failureNoTransferTo: 'The call was not transferred to {contains}.',
  failureNeverSaid: 'Sona never said {text}.',
  failureNoTurns: 'Turn {turn} never happened: the caller never spoke to Sona.',
  saveAsTest: 'Save as test',
  saveTitle: 'Save as test',
  editTitle: 'Edit test',
  saveDescription:
    'The same call is placed again after every edit of the draft. It passes while everything checked below still happens.',
  name: 'Name',
  defaultName: '{step}, {when}',
  checksLegend: 'What it checks',
  checksHint: 'Filled in from what happened in this call. Untick what should be free to change.',
  addReplyCheck: 'Also check that Sona says (optional)',
  addReplyPlaceholder: 'e.g. 8:00 to 17:00',
  addReplyHint: 'Anywhere in the call; capitals and typographic quotes do not matter.',
  noChecks: 'Keep at least one check: a test that checks nothing always passes.',
  checkTextSms: 'The SMS contains',
  checkTextTransfer: 'Transferred to a number or person containing',
  checkTextReply: 'Sona says',
  checkTextAnyHint: 'Leave it empty to accept any.',
  checkTextRequired: 'Say what Sona must say, or untick this check.',
  teachJob: 'Teach {job} this sentence',
  taught: 'Added to the trigger of {job}: the test runs again.',
  teachUndone: 'Removed from the trigger of {job}.',
  teachUndo: 'Undo',
  save: 'Save test',
  saving: 'Saving…',
  saved: 'Test {name} saved. It runs after every edit.',
  saveFailed: 'Couldn’t save the test: {message} Your changes are still here.',
  saveConflict:
    'Someone changed this test while you edited it. Their version is shown in the list; your changes are still here: save again to replace it.',
  unreachable:
    'The flow no longer reaches the step this call was recorded on; the test checks where the call goes now.',
  nameRequired: 'Name the test: say what it checks, e.g. “Christmas call goes to voicemail”.',
  discardTitle: 'Discard this test?',
  discardBody: 'The name and checks you chose are not saved yet.',
  discard: 'Discard',
  keepEditing: 'Keep editing',
};
