import type { JobAction } from '../../../actions';
import type { RoutingLocale } from '../../../routing/locale';
import type { FieldType } from '../language/answerValues';
import type { SimulationState } from '../types';
import { copyData } from './copyData';

/** What Sona is waiting for after her last words. */
export interface Awaiting {
  kind: 'answer' | 'yes-no' | 'confirm' | 'correction' | 'transfer';
  /** The question, to ask again when the caller asks something else first. */
  question: string;
  /** Terms of the instruction clause, so "If it can wait" can tell it follows "Ask whether it can wait". */
  questionTerms: string[];
  /** Fields the answer fills (answer), or fields read back (confirm, correction). */
  fields: Array<{ label: string; type: FieldType }>;
  /** A yes books something ("Shall I book…", "confirm the booking"). */
  booking: boolean;
  transfer: Extract<JobAction, { type: 'transfer' }> | null;
}

/**
 * The local engine's bookkeeping, kept in `SimulationState.memory` (JSON only). `stage` is where the call stands
 * when no job is running: `open` (nothing asked yet), `message` (Sona offered to take a message),
 * `message-contact` (asked for a name and number), `anything-else` (a job or an answer is done).
 */
export interface LocalMemory {
  engine: 'local';
  /** The caller's language, from the request or their first message. */
  locale: RoutingLocale | null;
  stage: 'open' | 'job' | 'message' | 'message-contact' | 'anything-else';
  /** Within the instruction in progress: the next part or action to perform. */
  operation: number;
  awaiting: Awaiting | null;
  /** Transcript index of the caller message that started the current job. */
  jobStart: number;
  jobConfidence: number;
  jobFinished: boolean;
  /** Whether the last conditional instruction ran, for a following "Otherwise". */
  lastCondition: boolean | null;
  lastYesNo: { answer: 'yes' | 'no'; questionTerms: string[] } | null;
  /** Labels collected in the current job, oldest first, and the labels of the last answer. */
  jobFields: string[];
  lastFields: string[];
  fieldTypes: Record<string, FieldType>;
  corrections: number;
  knowledgeUsed: boolean;
  messageTaken: boolean;
  booked: boolean;
}

export function newMemory(locale: RoutingLocale | null): LocalMemory {
  return {
    engine: 'local',
    locale,
    stage: 'open',
    operation: 0,
    awaiting: null,
    jobStart: 0,
    jobConfidence: 0,
    jobFinished: false,
    lastCondition: null,
    lastYesNo: null,
    jobFields: [],
    lastFields: [],
    fieldTypes: {},
    corrections: 0,
    knowledgeUsed: false,
    messageTaken: false,
    booked: false,
  };
}

/**
 * The local engine's memory of a state, as it stands, or a fresh one when another engine wrote the state. Not a
 * copy: its nested values are the state's own, so only read it (`readMemory` gives a copy to change).
 */
export function viewMemory(state: SimulationState): LocalMemory {
  const memory = state.memory as Partial<LocalMemory>;
  if (memory.engine !== 'local') return newMemory(null);
  return { ...newMemory(null), ...memory };
}

/** The local engine's memory of a state (a copy), or a fresh one when another engine wrote the state. */
export function readMemory(state: SimulationState): LocalMemory {
  const memory = state.memory as Partial<LocalMemory>;
  if (memory.engine !== 'local') return newMemory(null);
  return copyData({ ...newMemory(null), ...memory });
}
