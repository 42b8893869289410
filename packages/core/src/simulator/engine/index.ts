export { createLocalSimulatorEngine, type LocalSimulatorEngineOptions } from './localEngine';
export { type ScriptedCall, simulateCall } from './scriptedCall';
export { toSimulatedSonaStep } from './sonaStep';
export { type SummarizeCallOptions, summarizeCall } from './summary';
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
export { UNKNOWN_CALLER } from './unknownCaller';
