import type { FieldSpec } from '../language/answerValues';
import type { VerbKind } from '../language/verbs';

/**
 * One thing Sona does within an instruction. "Ask for the address, and read it back" is two parts: a question,
 * then a read-back. Parts that depend on the call (read-backs, knowledge) get their words when performed.
 */
export interface StepPart {
  kind: VerbKind;
  /** The clause as written. */
  clause: string;
  /** What Sona says, when it does not depend on the call; '' when silent or computed when performed. */
  speech: string;
  /** What the caller's answer fills in. */
  fields: FieldSpec[];
  /** Sona waits for the caller after this part. */
  awaitsReply: boolean;
  /** The expected answer is a yes or a no (a "whether" question, an offer, a read-back). */
  yesNo: boolean;
  /**
   * The part reads from Knowledge: the clause as a query; `named` when the instruction names Knowledge (then Sona
   * says so when nothing fits); `optional` when Sona says nothing unless a passage fits.
   */
  knowledge: { query: string; named: boolean; optional: boolean } | null;
}

/** A part with nothing to wait for, no fields and no knowledge, unless `extra` says otherwise. */
export function part(
  kind: VerbKind,
  clause: string,
  speech: string,
  extra: Partial<StepPart> = {},
): StepPart {
  return { kind, clause, speech, fields: [], awaitsReply: false, yesNo: false, knowledge: null, ...extra };
}
