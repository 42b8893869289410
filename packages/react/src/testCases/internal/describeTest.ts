import type { Expectation, FlowGraph, Job, KnowledgePage, TestCall } from '@sona-designer/core';
import type { TestFailureReason } from '@sona-designer/core/simulator';
import { formatMessage, isolate, type Locale, type TestsMessages } from '../../i18n';

/** What expectations name by id, to word them with titles: the graph's steps, the workspace's jobs and pages. */
export interface NameLookup {
  graph: FlowGraph;
  jobs: Record<string, Job>;
  knowledge: Record<string, KnowledgePage>;
}

function list(items: readonly string[]): string {
  return items.map((item) => isolate(item)).join(', ');
}

/** One expectation in words, e.g. “Turn 1: Job “Book a visit” fires”. */
export function describeExpectation(
  expectation: Expectation,
  text: TestsMessages,
  names: NameLookup,
): string {
  const stepTitle = (id: string) => names.graph.steps.find((step) => step.id === id)?.title;
  let sentence: string;
  switch (expectation.kind) {
    case 'reaches-step':
      sentence = formatMessage(text.expectReaches, {
        step: isolate(stepTitle(expectation.stepId) ?? text.deleted),
      });
      break;
    case 'job-fires':
      sentence = formatMessage(text.expectJob, {
        job: isolate(names.jobs[expectation.jobId]?.name ?? text.deleted),
      });
      break;
    case 'action-fires':
      sentence =
        expectation.action === 'sms'
          ? expectation.contains
            ? formatMessage(text.expectSmsContaining, { text: isolate(expectation.contains) })
            : text.expectSms
          : expectation.contains
            ? formatMessage(text.expectTransferTo, { text: isolate(expectation.contains) })
            : text.expectTransfer;
      break;
    case 'knowledge-quoted':
      sentence = formatMessage(text.expectKnowledge, {
        page: isolate(names.knowledge[expectation.pageId]?.title ?? text.deleted),
      });
      break;
    case 'outcome':
      sentence = formatMessage(text.expectOutcome, {
        outcome: isolate(text.callOutcomes[expectation.outcome]),
      });
      break;
    case 'reply-contains':
      sentence = formatMessage(text.expectReply, { text: isolate(expectation.text) });
      break;
  }
  const turn = 'turn' in expectation ? expectation.turn : undefined;
  return turn === undefined ? sentence : formatMessage(text.atTurn, { turn, expectation: sentence });
}

/**
 * Why an expectation failed, in the shown language, prefixed with its turn when it names one (unless `withTurn` is
 * false: shown under the expectation, which already says its turn).
 */
export function describeFailure(reason: TestFailureReason, text: TestsMessages, withTurn = true): string {
  const { failures } = text;
  const ended = (title: string | null) => (title === null ? null : isolate(title));
  let sentence: string;
  switch (reason.code) {
    case 'step-not-reached': {
      const at = ended(reason.params.endedAt);
      sentence =
        at === null
          ? text.failureNeverEntered
          : formatMessage(failures['step-not-reached'], { title: isolate(reason.params.title), endedAt: at });
      break;
    }
    case 'job-not-fired':
      sentence =
        reason.params.fired.length === 0
          ? formatMessage(text.failureNothingFired, { job: isolate(reason.params.job) })
          : formatMessage(failures['job-not-fired'], {
              job: isolate(reason.params.job),
              fired: list(reason.params.fired),
            });
      break;
    case 'knowledge-not-quoted':
      sentence =
        reason.params.quoted.length === 0
          ? formatMessage(text.failureNothingQuoted, { page: isolate(reason.params.page) })
          : formatMessage(failures['knowledge-not-quoted'], {
              page: isolate(reason.params.page),
              quoted: list(reason.params.quoted),
            });
      break;
    case 'action-not-fired': {
      const { action, contains } = reason.params;
      sentence =
        action === 'sms'
          ? contains
            ? formatMessage(failures['action-not-fired'], { contains: isolate(contains) })
            : text.failureNoSms
          : contains
            ? formatMessage(text.failureNoTransferTo, { contains: isolate(contains) })
            : text.failureNoTransfer;
      break;
    }
    case 'outcome-differs':
      sentence = formatMessage(failures['outcome-differs'], {
        expected: isolate(text.callOutcomes[reason.params.expected]),
        actual: isolate(text.callOutcomes[reason.params.actual]),
      });
      break;
    case 'outcome-without-sona': {
      const at = ended(reason.params.endedAt);
      sentence = formatMessage(failures['outcome-without-sona'], {
        expected: isolate(text.callOutcomes[reason.params.expected]),
        endedAt: at ?? '—',
      });
      break;
    }
    case 'reply-without-text':
      sentence =
        reason.params.turn === undefined
          ? formatMessage(text.failureNeverSaid, { text: isolate(reason.params.text) })
          : formatMessage(failures['reply-without-text'], { text: isolate(reason.params.text) });
      break;
    case 'turn-not-reached':
      return reason.params.turns === 0
        ? formatMessage(text.failureNoTurns, { turn: reason.params.turn })
        : formatMessage(failures['turn-not-reached'], reason.params);
    default:
      sentence = failures[reason.code];
  }
  const turn = 'turn' in reason.params ? reason.params.turn : undefined;
  return turn === undefined || !withTurn
    ? sentence
    : formatMessage(text.atTurn, { turn, expectation: sentence });
}

/**
 * The moment of a call as the call states it (in its own offset, not the browser's zone: "Christmas 10:00" stays
 * 10:00), e.g. "Thursday, December 25 at 10:00 AM"; `short` gives "Thu 10:00 AM".
 */
export function formatCallMoment(at: string, locale: Locale, short = false): string {
  const instant = Date.parse(at);
  if (Number.isNaN(instant)) return at;
  return new Intl.DateTimeFormat(locale, {
    weekday: short ? 'short' : 'long',
    ...(short ? {} : { day: 'numeric', month: 'long' }),
    hour: '2-digit',
    minute: '2-digit',
    timeZone: offsetZone(at),
  }).format(instant);
}

/** The call a test places, in one line: when, from which number, the keys and whether anyone answers. */
export function describeCall(call: TestCall, text: TestsMessages, locale: Locale): string {
  const parts = [formatMessage(text.callWhen, { when: formatCallMoment(call.at, locale) })];
  parts.push(
    call.callerNumber
      ? formatMessage(text.callFrom, { number: isolate(call.callerNumber) })
      : text.callUnknownNumber,
  );
  if (call.keys.length > 0) parts.push(formatMessage(text.callKeys, { keys: call.keys.join(' ') }));
  const anyAnswer =
    typeof call.answered === 'boolean' ? call.answered : Object.values(call.answered).some(Boolean);
  parts.push(anyAnswer ? text.callAnswered : text.callNotAnswered);
  return parts.join(' · ');
}

/** An `Etc/GMT±N` zone for a whole-hour offset in an ISO date-time (Intl's zones count the other way), else UTC. */
function offsetZone(at: string): string {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(at);
  if (!match) return 'UTC';
  const [, sign, hours, minutes] = match;
  if (minutes !== '00') return 'UTC';
  const value = Number(hours);
  if (value === 0) return 'UTC';
  return `Etc/GMT${sign === '+' ? '-' : '+'}${value}`;
}
