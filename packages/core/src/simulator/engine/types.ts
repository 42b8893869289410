import type { JobAction } from '../../actions';
import type { CallOutcome, CallSummaryInput } from '../../model/callSummary';
import type { RoutingLocale } from '../../routing/locale';

/** The parts of a job the simulator reads. */
export interface SimulatedJob {
  id: string;
  name: string;
  description: string;
  trigger: string;
  instructions: string;
}

/** The parts of a knowledge page the simulator reads. */
export interface SimulatedKnowledgePage {
  id: string;
  title: string;
  content: string;
}

/** A Sona step as the simulator sees it: its configuration with jobs and knowledge resolved, in order. */
export interface SimulatedSonaStep {
  stepId: string;
  title: string;
  greeting: string;
  jobs: readonly SimulatedJob[];
  knowledge: readonly SimulatedKnowledgePage[];
  conversationHistory: boolean;
}

/** One line of a simulated conversation: who spoke and what they said. */
export interface TranscriptTurn {
  speaker: 'caller' | 'sona';
  text: string;
}

/** The words that made a decision, so a person can see why. */
export interface TraceReason {
  /** Caller words (folded) that matched. */
  matchedWords: string[];
  /** One sentence for people, e.g. “Matched “leak” and “kitchen” in the trigger of Emergency repair”. */
  explanation: string;
}

/** One instruction a turn reached: performed, or skipped because its condition did not hold. */
export interface InstructionTrace {
  /** 1-based, of `count`. */
  index: number;
  count: number;
  text: string;
  status: 'performed' | 'skipped';
}

/** What the engine did in one agent turn, shown under the turn in the drawer. */
export interface TurnTrace {
  /** The job in charge after this turn, or null. */
  job: { jobId: string; name: string; confidence: number } | null;
  /**
   * The second-best job for the caller's message, when routing happened this turn. When routing chose no job, the
   * closest one (below the threshold), so a person can see what almost matched.
   */
  runnerUp: { jobId: string; name: string; score: number } | null;
  /** True when this turn chose the job (as opposed to continuing one already chosen). */
  routed: boolean;
  /**
   * The general call intent heard in the caller's message when routing happened this turn ("asking for a person"),
   * with its English and French labels; absent when none was heard (engines may leave it out).
   */
  heard?: { id: string; label: { en: string; fr: string } };
  /** The instruction performed, 1-based, of how many (the last one this turn reached). */
  instruction: { index: number; count: number; text: string } | null;
  /** Every instruction this turn reached, in order, including those skipped (engines may leave it out). */
  instructions?: InstructionTrace[];
  /** The knowledge passage quoted. */
  knowledge: { pageId: string; title: string; passage: string } | null;
  /** Actions fired this turn. */
  actions: JobAction[];
  /** Fields recorded from the caller's message this turn. */
  collected: Record<string, string>;
  reason: TraceReason;
}

/** Where the conversation stands; engines treat it as opaque data and return a new one each turn. */
export interface SimulationState {
  /** Everything said so far, Sona's greeting first. */
  transcript: TranscriptTurn[];
  jobId: string | null;
  /** 0-based index of the next instruction to perform in the current job's script. */
  instructionIndex: number;
  collected: Record<string, string>;
  actions: JobAction[];
  /** Set once the call is over for Sona (after a transfer, a goodbye, or End call). */
  ended: boolean;
  outcome: CallOutcome | null;
  /** Free room for an engine's own bookkeeping (must stay JSON-serialisable). */
  memory: Record<string, unknown>;
}

/**
 * What `SimulatorEngine.turn` receives: the Sona step, the state after the previous turn and the caller's new
 * message.
 */
export interface SimulatorTurnRequest {
  step: SimulatedSonaStep;
  state: SimulationState;
  /** The caller's new message. */
  message: string;
  locale?: RoutingLocale;
  /** The language of the trace's explanations (the designer's UI); by default the reply's. */
  explainIn?: RoutingLocale;
  signal?: AbortSignal;
}

/**
 * What a `SimulatorEngine` returns for a turn: Sona's reply, the trace of how it decided, and the new state
 * to pass to the next turn.
 */
export interface SimulatorTurnResult {
  reply: string;
  trace: TurnTrace;
  /** The state after the turn: transcript includes the caller's message and the reply. */
  state: SimulationState;
}

/** What `SimulatorEngine.start` receives to begin a call on a Sona step. */
export interface SimulatorStartRequest {
  step: SimulatedSonaStep;
  locale?: RoutingLocale;
  /** The language of the trace's explanations (the designer's UI); by default the reply's. */
  explainIn?: RoutingLocale;
  signal?: AbortSignal;
}

/**
 * What a host implements to plug in its own model (an LLM behind its API). Every method is async and must reject
 * with an AbortError (DOMException name "AbortError") when the signal aborts.
 */
export interface SimulatorEngine {
  /** Sona speaks first: the greeting. */
  start(request: SimulatorStartRequest): Promise<SimulatorTurnResult>;
  /** One caller message in, one agent reply out. */
  turn(request: SimulatorTurnRequest): Promise<SimulatorTurnResult>;
}

/** Everything a call summary needs, except where it ran. */
export type SimulatedCallSummary = Omit<CallSummaryInput, 'callFlowId' | 'source'>;
