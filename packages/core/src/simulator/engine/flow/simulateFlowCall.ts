import type { FlowGraph } from '../../../model/graph';
import { summarizeCall } from '../outputs/summary';
import { startCall, takeTurn } from '../runtime/callTurns';
import type { SimulatedSonaStep, SimulatorTurnResult } from '../types';
import { resolveSonaStep } from './resolveStep';
import type { FlowCall, FlowCallContext, FlowCallResult, FlowConversation } from './types';
import { type FlowWalkEnd, type SonaVisit, type SonaVisitResult, walkFlow } from './walkFlow';

// A blank message is nothing said: engines refuse it, so it is passed over (and counted as used).
function isBlank(message: string): boolean {
  return message.trim() === '';
}

function conversation(
  simulated: SimulatedSonaStep,
  results: SimulatorTurnResult[],
  messagesUsed: number,
  context: FlowCallContext,
): FlowConversation {
  const state = (results[results.length - 1] as SimulatorTurnResult).state;
  return {
    stepId: simulated.stepId,
    step: simulated,
    results,
    state,
    summary: summarizeCall(simulated, state, { locale: context.locale }),
    messagesUsed,
  };
}

function visitResult(played: FlowConversation): SonaVisitResult {
  let transfer: SonaVisitResult['transfer'] = null;
  for (const action of played.state.actions) {
    if (action.type === 'transfer') transfer = { target: action.target, destination: action.destination };
  }
  return {
    ended: played.state.ended,
    transfer,
    outcome: played.state.outcome,
    messagesUsed: played.messagesUsed,
  };
}

function result(walk: FlowWalkEnd, conversations: FlowConversation[]): FlowCallResult {
  const first = conversations[0];
  return {
    path: walk.path,
    outcome: walk.outcome,
    ending: walk.ending,
    ...(first ? { sona: first, summary: first.summary } : {}),
    conversations,
    keysUsed: walk.keysUsed,
    messagesUsed: walk.messagesUsed,
  };
}

function playLocally(visit: SonaVisit, call: FlowCall, context: FlowCallContext): FlowConversation {
  const step = resolveSonaStep(visit.step, context.jobs, context.knowledge);
  const { locale, explainIn } = context;
  const messages = call.messages ?? [];
  const results = [startCall({ step, locale, explainIn })];
  let state = (results[0] as SimulatorTurnResult).state;
  let next = visit.messagesFrom;
  while (next < messages.length && !state.ended) {
    const message = messages[next++] as string;
    if (isBlank(message)) continue;
    const turn = takeTurn({ step, state, message, locale, explainIn });
    results.push(turn);
    state = turn.state;
  }
  return conversation(step, results, next - visit.messagesFrom, context);
}

/**
 * Simulates a call through a whole flow with the local engine, synchronously: from the incoming-call step through
 * business hours (read at `call.at` in the step's own time zone), phone menus (`call.keys`), ring steps
 * (`call.answered`), Sona steps (a conversation with `call.messages`), play audio, voicemail, forward and end.
 * Pure and deterministic, for batches of test cases; `context.engine` and `context.signal` are not used (see
 * `simulateFlowCall`).
 */
export function simulateFlowCallSync(
  graph: FlowGraph,
  call: FlowCall,
  context: FlowCallContext,
): FlowCallResult {
  const walk = walkFlow(graph, call);
  const conversations: FlowConversation[] = [];
  let step = walk.next();
  while (!step.done) {
    const played = playLocally(step.value, call, context);
    conversations.push(played);
    step = walk.next(visitResult(played));
  }
  return result(step.value, conversations);
}

async function playWithEngine(
  visit: SonaVisit,
  call: FlowCall,
  context: FlowCallContext,
): Promise<FlowConversation> {
  const engine = context.engine;
  if (!engine) return playLocally(visit, call, context);
  const step = resolveSonaStep(visit.step, context.jobs, context.knowledge);
  const { locale, explainIn, signal } = context;
  const messages = call.messages ?? [];
  const results = [await engine.start({ step, locale, explainIn, signal })];
  let state = (results[0] as SimulatorTurnResult).state;
  let next = visit.messagesFrom;
  while (next < messages.length && !state.ended) {
    const message = messages[next++] as string;
    if (isBlank(message)) continue;
    const turn = await engine.turn({ step, state, message, locale, explainIn, signal });
    results.push(turn);
    state = turn.state;
  }
  return conversation(step, results, next - visit.messagesFrom, context);
}

/**
 * Simulates a call through a whole flow, from its incoming-call step, and resolves with the steps it took (each
 * with its reason), how it ended, and each Sona conversation with its call summary. Sona's part is played by
 * `context.engine` (a host's own model) or else the local engine; rejects with an AbortError when
 * `context.signal` aborts. The same as `simulateFlowCallSync` when no engine is given.
 *
 * @example
 * const result = await simulateFlowCall(graph, { at: '2026-12-25T10:00:00-05:00', callerNumber: '+15145550100',
 *   keys: ['2'], messages: ['My furnace stopped working'] }, { jobs, knowledge });
 * result.path.map((step) => step.reason); // ['Call from +15145550100', 'Friday 25 December is a holiday: Christmas', …]
 */
export async function simulateFlowCall(
  graph: FlowGraph,
  call: FlowCall,
  context: FlowCallContext,
): Promise<FlowCallResult> {
  if (context.signal?.aborted) throw new DOMException('The simulated call was cancelled.', 'AbortError');
  const walk = walkFlow(graph, call);
  const conversations: FlowConversation[] = [];
  let step = walk.next();
  while (!step.done) {
    const played = await playWithEngine(step.value, call, context);
    conversations.push(played);
    step = walk.next(visitResult(played));
  }
  return result(step.value, conversations);
}
