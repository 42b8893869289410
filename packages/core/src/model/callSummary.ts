import * as z from 'zod';
import { IdSchema, TimestampSchema } from './fields';

export const CALL_OUTCOMES = [
  'message-taken',
  'transferred',
  'resolved',
  'lead-qualified',
  'appointment-booked',
  'abandoned',
  'no-match',
] as const;
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

export const CallSummarySchema = CallSummaryInputSchema.extend({
  id: IdSchema,
  createdAt: TimestampSchema,
});

export type CallSummaryInput = z.input<typeof CallSummaryInputSchema>;
export type CallSummary = z.output<typeof CallSummarySchema>;
