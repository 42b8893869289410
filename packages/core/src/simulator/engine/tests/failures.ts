import type { CallOutcome } from '../../../model/callSummary';

/**
 * Why an expectation of a test case failed, as data: a `code` and its `params` (names and titles already looked up),
 * so a UI can word it in its own language; `describeTestFailure` words it in English. `turn` is the 1-based caller
 * turn the expectation is about, when it names one.
 */
export type TestFailureReason =
  | { code: 'step-missing'; params: { stepId: string } }
  | { code: 'step-not-reached'; params: { title: string; endedAt: string | null } }
  | { code: 'job-missing'; params: { jobId: string } }
  | { code: 'job-not-fired'; params: { job: string; fired: string[]; turn?: number } }
  | { code: 'page-missing'; params: { pageId: string } }
  | { code: 'knowledge-not-quoted'; params: { page: string; quoted: string[]; turn?: number } }
  | {
      code: 'action-not-fired';
      params: { action: 'sms' | 'transfer'; contains: string; fired: string[]; turn?: number };
    }
  | { code: 'outcome-differs'; params: { expected: CallOutcome; actual: CallOutcome } }
  | { code: 'outcome-without-sona'; params: { expected: CallOutcome; endedAt: string | null } }
  | { code: 'reply-without-text'; params: { text: string; reply: string | null; turn?: number } }
  | { code: 'turn-not-reached'; params: { turn: number; turns: number } };

/** A test failure's code: what a UI switches on to translate it. */
export type TestFailureCode = TestFailureReason['code'];

// Kept apart from the flow reasons' own words so this layer does not reach into their module's internals.
const OUTCOME_WORDS: Record<CallOutcome, string> = {
  'message-taken': 'message taken',
  transferred: 'transferred',
  resolved: 'resolved',
  'lead-qualified': 'lead qualified',
  'appointment-booked': 'appointment booked',
  abandoned: 'abandoned',
  'no-match': 'no job matched',
};

/** User text (titles, names, texts) isolated with FSI…PDI so a right-to-left override stays inside it. */
function iso(text: string): string {
  return `“\u2068${text}\u2069”`;
}

function list(items: readonly string[]): string {
  const quoted = items.map(iso);
  if (quoted.length <= 1) return quoted[0] ?? '';
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

function endedAt(title: string | null): string {
  return title === null ? 'it never entered the flow' : `it ended at ${iso(title)}`;
}

function atTurn(turn: number | undefined, sentence: string): string {
  return turn === undefined
    ? sentence
    : `Turn ${turn}: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
}

function actionSentence(params: { action: 'sms' | 'transfer'; contains: string }): string {
  if (params.action === 'sms') {
    return params.contains ? `No SMS containing ${iso(params.contains)} was sent` : 'No SMS was sent';
  }
  return params.contains ? `No transfer to ${iso(params.contains)} was made` : 'The call was not transferred';
}

/**
 * A failure in one English sentence, prefixed with its turn when it is about one, e.g. “Turn 2: expected job “Book a
 * visit” to fire, “Take a message” fired”.
 */
export function describeTestFailure(reason: TestFailureReason): string {
  switch (reason.code) {
    case 'step-missing':
      return 'The step this test expects no longer exists';
    case 'step-not-reached':
      return `The call never reached ${iso(reason.params.title)}: ${endedAt(reason.params.endedAt)}`;
    case 'job-missing':
      return 'The job this test expects no longer exists';
    case 'job-not-fired': {
      const { job, fired, turn } = reason.params;
      const instead = fired.length === 0 ? 'no job fired' : `${list(fired)} fired`;
      return turn === undefined
        ? `Expected job ${iso(job)} to fire during the call, ${instead}`
        : `Turn ${turn}: expected job ${iso(job)} to fire, ${instead}`;
    }
    case 'page-missing':
      return 'The knowledge page this test expects no longer exists';
    case 'knowledge-not-quoted': {
      const { page, quoted, turn } = reason.params;
      const instead =
        quoted.length === 0
          ? 'no page was quoted'
          : `${list(quoted)} ${quoted.length === 1 ? 'was' : 'were'} quoted`;
      return turn === undefined
        ? `Expected ${iso(page)} to be quoted during the call, ${instead}`
        : `Turn ${turn}: expected ${iso(page)} to be quoted, ${instead}`;
    }
    case 'action-not-fired':
      return atTurn(reason.params.turn, actionSentence(reason.params));
    case 'outcome-differs':
      return `Expected the outcome ${iso(OUTCOME_WORDS[reason.params.expected])}, the call ended with ${iso(OUTCOME_WORDS[reason.params.actual])}`;
    case 'outcome-without-sona':
      return `Expected the outcome ${iso(OUTCOME_WORDS[reason.params.expected])}, but the call never reached Sona: ${endedAt(reason.params.endedAt)}`;
    case 'reply-without-text':
      return reason.params.turn === undefined
        ? `Sona never said ${iso(reason.params.text)}`
        : `Turn ${reason.params.turn}: Sona’s reply does not contain ${iso(reason.params.text)}`;
    case 'turn-not-reached':
      return reason.params.turns === 0
        ? `Turn ${reason.params.turn} never happened: the caller never spoke to Sona`
        : `Turn ${reason.params.turn} never happened: the call had only ${reason.params.turns} ${reason.params.turns === 1 ? 'turn' : 'turns'}`;
  }
}
