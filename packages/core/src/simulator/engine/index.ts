// The local simulator engine, in layers that only import downward, so each can be read and changed without the ones
// above it: `language/` (words in and out, English and French) knows no job or call; `script/` compiles a job's
// instructions into steps once per text, so a turn never re-parses them; `knowledge/` finds the passage that answers
// a question; `runtime/` plays one turn on a copy of the state, which keeps turns pure and replayable; `outputs/`
// turns a finished state into what a host records. `types.ts` is the contract a host's own engine implements too,
// so every layer may use it and it uses none. The router it relies on is `src/routing/` (`@sona-designer/core/routing`).
export { type BusinessHoursCheck, checkBusinessHours } from './flow/businessHours';
export { type LocalTime, localTimeIn, parseCallTime } from './flow/localTime';
export { pathEdgeIds } from './flow/pathEdges';
export {
  describeFlowReason,
  type FlowReason,
  type FlowReasonCode,
  type FlowReasonMoment,
} from './flow/reasons';
export { simulateFlowCall, simulateFlowCallSync } from './flow/simulateFlowCall';
export type {
  FlowCall,
  FlowCallContext,
  FlowCallEnding,
  FlowCallOutcome,
  FlowCallResult,
  FlowConversation,
  FlowPathStep,
} from './flow/types';
export { MAX_FLOW_STEPS } from './flow/walkFlow';
export { type SummarizeCallOptions, summarizeCall } from './outputs/summary';
export { UNKNOWN_CALLER } from './outputs/unknownCaller';
export { createLocalSimulatorEngine, type LocalSimulatorEngineOptions } from './runtime/localEngine';
export { type ScriptedCall, simulateCall } from './runtime/scriptedCall';
export { toSimulatedSonaStep } from './sonaStep';
export { type CallerTurn, callerTurns } from './tests/callerTurns';
export { compareRuns, type TestRunChange, type TestRunComparison } from './tests/compareRuns';
export { describeTestFailure, type TestFailureCode, type TestFailureReason } from './tests/failures';
export {
  type RunnableTestCase,
  runTestCase,
  runTestCases,
  type TestCaseResult,
  type TestFailure,
  type TestRunSummary,
} from './tests/runTestCase';
export { type TestCaseFromCallOptions, testCaseFromCall } from './tests/testCaseFromCall';
export type {
  InstructionTrace,
  SimulatedCallSummary,
  SimulatedJob,
  SimulatedKnowledgePage,
  SimulatedSonaStep,
  SimulationState,
  SimulatorEngine,
  SimulatorStartRequest,
  SimulatorTurnRequest,
  SimulatorTurnResult,
  TraceReason,
  TranscriptTurn,
  TurnTrace,
} from './types';
