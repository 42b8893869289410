import * as z from 'zod';
import { SECONDARY_LIMITS } from '../limits';
import { IdSchema, TimestampSchema, textField, VersionSchema } from './fields';
import { FlowGraphSchema, PhoneNumberSchema } from './graph';

export const RevisionSchema = z.object({
  revision: z.number().int().min(1),
  graph: FlowGraphSchema,
  publishedAt: TimestampSchema,
});

export const CallFlowNameSchema = textField({
  label: 'Call flow name',
  max: SECONDARY_LIMITS.flowName,
  required: true,
  requiredHint: 'name the call flow, such as “Main line”',
  singleLine: true,
});

export const CallFlowSchema = z.object({
  id: IdSchema,
  name: CallFlowNameSchema,
  phoneNumber: PhoneNumberSchema.optional(),
  /** Increments on every write (draft save, publish, restore, rename). */
  version: VersionSchema,
  draft: FlowGraphSchema,
  published: RevisionSchema.nullable(),
  /** Every published revision, oldest first; the last one equals `published`. */
  revisions: z.array(RevisionSchema),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

export const CallFlowInputSchema = z.object({
  name: CallFlowNameSchema,
  phoneNumber: PhoneNumberSchema.optional(),
});

export type Revision = z.output<typeof RevisionSchema>;
export type CallFlow = z.output<typeof CallFlowSchema>;
export type CallFlowInput = z.input<typeof CallFlowInputSchema>;

/** What a list of call flows shows without loading every graph. */
export interface CallFlowSummaryRow {
  id: string;
  name: string;
  phoneNumber?: string;
  version: number;
  publishedRevision: number | null;
  /** True when the draft differs from the published graph. */
  hasUnpublishedChanges: boolean;
  updatedAt: string;
}
