import type { StepKind } from '../../../model/graph';
import type { Job } from '../../../model/job';
import type { KnowledgePage } from '../../../model/knowledge';
import type { RoutingLocale } from '../../../routing/locale';
import type {
  SimulatedCallSummary,
  SimulatedSonaStep,
  SimulationState,
  SimulatorEngine,
  SimulatorTurnResult,
} from '../types';
import type { FlowReason } from './reasons';

/** A call to simulate through a whole flow, from its incoming-call step. */
export interface FlowCall {
  /**
   * When the call happens: an ISO 8601 date-time with its offset, e.g. `2026-12-25T10:00:00-05:00` or
   * `2026-12-25T15:00:00Z`. Each business-hours step reads it in its own time zone.
   */
  at: string;
  /** The caller's number, as shown in the path (may be empty: an unknown number). */
  callerNumber: string;
  /**
   * The keys pressed, one per phone menu reached, in order. A menu reached with none left takes its
   * `no-input` output.
   */
  keys?: readonly string[];
  /**
   * Whether the people a ring-users step rings answer: one answer for every ring step, or one per step id
   * (steps left out are not answered). Default: nobody answers, so each ring step takes its `no-answer` output.
   */
  answered?: boolean | Readonly<Record<string, boolean>>;
  /**
   * What the caller says to Sona, in order. A Sona step takes them until its conversation ends; a later Sona
   * step on the path gets the ones left.
   */
  messages?: readonly string[];
}

/** What a whole-flow simulation needs besides the graph: the workspace's jobs and pages, and options. */
export interface FlowCallContext {
  /** The workspace's jobs; each Sona step uses the ones it lists. */
  jobs: readonly Job[];
  /** The workspace's knowledge pages; each Sona step uses the ones it lists. */
  knowledge: readonly KnowledgePage[];
  /** The engine that plays Sona's part (`simulateFlowCall` only); by default the local one. */
  engine?: SimulatorEngine;
  /** The language Sona replies in; by default the caller's. */
  locale?: RoutingLocale;
  /** The language of the turn traces' explanations; by default the reply's. */
  explainIn?: RoutingLocale;
  /** Cancels a `simulateFlowCall` run with an AbortError. */
  signal?: AbortSignal;
}

/** One step a simulated call went through, with why it went on (or stopped) there. */
export interface FlowPathStep {
  stepId: string;
  kind: StepKind;
  /** The step's title, as on the canvas. */
  title: string;
  /** The output the call left by (`open`, `option-2`, `no-answer`…), or `null` when the call ended here. */
  output: string | null;
  /** Why, in one English sentence, e.g. “Saturday 20:00 is outside business hours”. */
  reason: string;
  /** Why, as data, to translate. */
  detail: FlowReason;
}

/**
 * How a simulated call ended: at a Sona step still talking when the caller's messages ran out, answered by a rung
 * person, at voicemail, forwarded, transferred by Sona, hung up by an end step, dropped for lack of a connection
 * (or a forward without a number), stopped in a loop, or never started (no incoming-call step, or an unreadable
 * `at`).
 */
export type FlowCallOutcome =
  | 'in-conversation'
  | 'answered'
  | 'voicemail'
  | 'forwarded'
  | 'transferred'
  | 'ended'
  | 'disconnected'
  | 'loop'
  | 'invalid';

/** Where and why a simulated call stopped. */
export interface FlowCallEnding {
  /** The last step reached, or `null` when the call never entered the flow. */
  stepId: string | null;
  reason: string;
  detail: FlowReason;
}

/** The conversation at one Sona step of the path, as `simulateCall` plays it. */
export interface FlowConversation {
  stepId: string;
  /** The step as the engine saw it: its jobs and pages resolved. */
  step: SimulatedSonaStep;
  /** The greeting, then one result per caller message Sona answered. */
  results: SimulatorTurnResult[];
  state: SimulationState;
  /** The call summary of this conversation, as `summarizeCall` makes it. */
  summary: SimulatedCallSummary;
  /** How many of the call's messages this conversation used. */
  messagesUsed: number;
}

/** What a call through the whole flow did: the steps it took, how it ended, and Sona's conversations. */
export interface FlowCallResult {
  /** Every step taken, in order, from the incoming call. */
  path: FlowPathStep[];
  outcome: FlowCallOutcome;
  ending: FlowCallEnding;
  /** The first Sona conversation of the call, if it reached a Sona step. */
  sona?: FlowConversation;
  /** The call summary of that conversation. */
  summary?: SimulatedCallSummary;
  /** Every Sona conversation of the call, in order (usually one). */
  conversations: FlowConversation[];
  /** How many of `call.keys` the phone menus used. */
  keysUsed: number;
  /** How many of `call.messages` the Sona steps used. */
  messagesUsed: number;
}
