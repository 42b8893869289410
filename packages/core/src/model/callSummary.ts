import * as z from 'zod';
import { IdSchema, TimestampSchema } from './fields';

/**
 * How a call can end, as a call summary records it, e.g. `message-taken`, `transferred` or `no-match` (Sona
 * found no job for the caller's request).
 */
export const CALL_OUTCOMES = [
  'message-taken',
  'transferred',
  'resolved',
  'lead-qualified',
  'appointment-booked',
  'abandoned',
  'no-match',
] as const;
/** How a call ended, one of `CALL_OUTCOMES`. */
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

const TranscriptTurnSchema = z.object({
  speaker: z.enum(['caller', 'sona']),
  text: z.string().max(20000),
});

const FiredActionSchema = z.object({
  type: z.enum(['sms', 'transfer']),
  /** What the action would send, or where it would transfer. */
  detail: z.string().max(2000),
});

/**
 * Validates what `DesignerAdapter.recordCallSummary` takes: the flow and Sona step the call ran on, the
 * caller, their intent, the job used, what was collected, the actions fired, the outcome and the transcript.
 * `simulated` defaults to `true`.
 */
export const CallSummaryInputSchema = z.object({
  callFlowId: IdSchema,
  stepId: IdSchema,
  /** Whether the call ran on the draft (a simulation before publishing) or the published flow. */
  source: z.enum(['draft', 'published']),
  simulated: z.boolean().default(true),
  caller: z.string().max(200),
  intent: z.string().max(1000),
  jobId: IdSchema.nullable(),
  collected: z.record(z.string(), z.string().max(2000)),
  actions: z.array(FiredActionSchema),
  outcome: z.enum(CALL_OUTCOMES),
  turns: z.number().int().min(0),
  transcript: z.array(TranscriptTurnSchema),
});

/** Validates a stored call summary: the input plus its `id` and `createdAt` (ISO 8601). */
export const CallSummarySchema = CallSummaryInputSchema.extend({
  id: IdSchema,
  createdAt: TimestampSchema,
});

/** What a host (or the simulator, through `summarizeCall`) passes to `DesignerAdapter.recordCallSummary`. */
export type CallSummaryInput = z.input<typeof CallSummaryInputSchema>;
/**
 * The record of one call on a Sona step, as `DesignerAdapter.listCallSummaries` returns it and
 * `CallSummaries` shows it.
 */
export type CallSummary = z.output<typeof CallSummarySchema>;
