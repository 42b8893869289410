import type { FlowGraph } from '../../../model/graph';
import type { FlowCallContext, FlowCallResult } from '../flow/types';
import type { CallerTurn } from './callerTurns';
import type { TestFailureReason } from './failures';

/** What every expectation is checked against: the graph, the simulated call and its caller turns, and the workspace. */
export interface CheckContext {
  graph: FlowGraph;
  result: FlowCallResult;
  turns: readonly CallerTurn[];
  context: FlowCallContext;
}

/** Why an expectation failed, or `null` when it holds. */
export type CheckOutcome = TestFailureReason | null;

/** The title of the step the call ended at, or `null` when it never entered the flow. */
export function endedAt(check: CheckContext): string | null {
  const { ending, path } = check.result;
  if (ending.stepId === null) return null;
  const step = path.findLast((candidate) => candidate.stepId === ending.stepId);
  return step?.title ?? check.graph.steps.find((candidate) => candidate.id === ending.stepId)?.title ?? null;
}
