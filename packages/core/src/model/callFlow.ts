import * as z from 'zod';
import { SECONDARY_LIMITS } from '../limits';
import { IdSchema, TimestampSchema, textField, VersionSchema } from './fields';
import { FlowGraphSchema, PhoneNumberSchema } from './graph';

/**
 * Validates a published revision: its number (1, 2, … in publishing order), the graph as published and when
 * (ISO 8601).
 */
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

/**
 * Validates a stored call flow: its name and optional phone number, the `draft` being edited, the `published`
 * revision that real calls use (`null` before the first publish) and every revision published so far.
 */
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

/** Validates what `DesignerAdapter.createCallFlow` takes: a name and an optional phone number. */
export const CallFlowInputSchema = z.object({
  name: CallFlowNameSchema,
  phoneNumber: PhoneNumberSchema.optional(),
});

/** One published version of a call flow's graph. `restoreRevision` copies one back into the draft. */
export type Revision = z.output<typeof RevisionSchema>;
/**
 * A call flow as the adapter stores it: draft, published revision and history, with the `version` every write
 * must quote back to detect conflicting edits.
 */
export type CallFlow = z.output<typeof CallFlowSchema>;
/** What a host passes to `DesignerAdapter.createCallFlow`: a name and an optional phone number. */
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
