import type { JobAction } from '../../../actions';
import type { Expectation } from '../../../model/testCase';
import { type CallerTurn, containsText } from './callerTurns';
import type { CheckContext, CheckOutcome } from './checkContext';

/** The turns an expectation looks at (all, or the one it names), or why its turn never happened. */
function turnsOf(
  expectation: { turn?: number },
  check: CheckContext,
): { turns: readonly CallerTurn[] } | { failure: CheckOutcome } {
  if (expectation.turn === undefined) return { turns: check.turns };
  const turn = check.turns[expectation.turn - 1];
  if (!turn) {
    return {
      failure: { code: 'turn-not-reached', params: { turn: expectation.turn, turns: check.turns.length } },
    };
  }
  return { turns: [turn] };
}

/** The turn a failure is about, left out (not `undefined`) when the expectation names none, so results stay plain JSON. */
function atTurn(turn: number | undefined): { turn?: number } {
  return turn === undefined ? {} : { turn };
}

/** Each name once, in the order first seen, for “A and B fired”. */
function distinct(names: readonly string[]): string[] {
  return [...new Set(names)];
}

/**
 * A job-fires expectation: the job was in charge at the turn named (chosen then or carried on from before), or at
 * some turn of the call. A job deleted from the workspace fails with its own reason rather than a misleading turn.
 */
export function checkJobFires(
  expectation: Extract<Expectation, { kind: 'job-fires' }>,
  check: CheckContext,
): CheckOutcome {
  const job = check.context.jobs.find((candidate) => candidate.id === expectation.jobId);
  if (!job) return { code: 'job-missing', params: { jobId: expectation.jobId } };
  const looked = turnsOf(expectation, check);
  if ('failure' in looked) return looked.failure;
  const inCharge = looked.turns.flatMap((turn) => (turn.result.trace.job ? [turn.result.trace.job] : []));
  if (inCharge.some((candidate) => candidate.jobId === job.id)) return null;
  const fired = distinct(inCharge.map((candidate) => candidate.name));
  return { code: 'job-not-fired', params: { job: job.name, fired, ...atTurn(expectation.turn) } };
}

/** A knowledge-quoted expectation: the page was quoted at the turn named, or at some turn of the call. */
export function checkKnowledgeQuoted(
  expectation: Extract<Expectation, { kind: 'knowledge-quoted' }>,
  check: CheckContext,
): CheckOutcome {
  const page = check.context.knowledge.find((candidate) => candidate.id === expectation.pageId);
  if (!page) return { code: 'page-missing', params: { pageId: expectation.pageId } };
  const looked = turnsOf(expectation, check);
  if ('failure' in looked) return looked.failure;
  const quotes = looked.turns.flatMap((turn) =>
    turn.result.trace.knowledge ? [turn.result.trace.knowledge] : [],
  );
  if (quotes.some((quote) => quote.pageId === page.id)) return null;
  const quoted = distinct(quotes.map((quote) => quote.title));
  return { code: 'knowledge-not-quoted', params: { page: page.title, quoted, ...atTurn(expectation.turn) } };
}

/** What an action is compared on: the SMS text, or where the transfer goes. */
function actionText(action: JobAction): string {
  return action.type === 'sms' ? action.message : action.destination;
}

/** An action-fires expectation: an SMS (or transfer) whose text (or destination) contains the text, ignoring case. */
export function checkActionFires(
  expectation: Extract<Expectation, { kind: 'action-fires' }>,
  check: CheckContext,
): CheckOutcome {
  const looked = turnsOf(expectation, check);
  if ('failure' in looked) return looked.failure;
  const ofKind = looked.turns
    .flatMap((turn) => turn.result.trace.actions)
    .filter((action) => action.type === expectation.action);
  if (ofKind.some((action) => containsText(actionText(action), expectation.contains))) return null;
  return {
    code: 'action-not-fired',
    params: {
      action: expectation.action,
      contains: expectation.contains,
      fired: ofKind.map(actionText),
      ...atTurn(expectation.turn),
    },
  };
}

/**
 * A reply-contains expectation: Sona's reply at the turn named contains the text, or any reply of the call does
 * (greetings included, since they are Sona's words too).
 */
export function checkReplyContains(
  expectation: Extract<Expectation, { kind: 'reply-contains' }>,
  check: CheckContext,
): CheckOutcome {
  const looked = turnsOf(expectation, check);
  if ('failure' in looked) return looked.failure;
  const replies =
    expectation.turn === undefined
      ? check.result.conversations.flatMap((conversation) => conversation.results.map((turn) => turn.reply))
      : looked.turns.map((turn) => turn.result.reply);
  if (replies.some((reply) => containsText(reply, expectation.text))) return null;
  return {
    code: 'reply-without-text',
    params: {
      text: expectation.text,
      reply: expectation.turn === undefined ? null : (replies[0] ?? null),
      ...atTurn(expectation.turn),
    },
  };
}
