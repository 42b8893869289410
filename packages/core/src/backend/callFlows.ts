import { DesignerError } from '../errors';
import { type CallFlow, CallFlowInputSchema, type CallFlowSummaryRow } from '../model/callFlow';
import { createStarterGraph } from '../model/steps';
import { hasUnpublishedChanges } from '../rules/pendingChanges';
import { parseOrThrow } from './validation';

/**
 * The call flow `createCallFlow` stores: the input checked (`VALIDATION` otherwise), version 1, a starter draft (an
 * incoming-call step connected to one Sona step), nothing published. `phoneNumber` is present only when given.
 */
export function starterCallFlow(input: unknown, id: string, timestamp: string): CallFlow {
  const parsed = parseOrThrow(CallFlowInputSchema, input, 'call flow');
  return {
    id,
    name: parsed.name,
    ...(parsed.phoneNumber ? { phoneNumber: parsed.phoneNumber } : {}),
    version: 1,
    draft: createStarterGraph(),
    published: null,
    revisions: [],
    createdAt: timestamp,
    updatedAt: timestamp,
  };
}

/** The row `listCallFlows` shows for a flow (`phoneNumber` only when set). */
export function callFlowSummaryRow(flow: CallFlow): CallFlowSummaryRow {
  return {
    id: flow.id,
    name: flow.name,
    ...(flow.phoneNumber ? { phoneNumber: flow.phoneNumber } : {}),
    version: flow.version,
    publishedRevision: flow.published?.revision ?? null,
    hasUnpublishedChanges: hasUnpublishedChanges(flow),
    updatedAt: flow.updatedAt,
  };
}

/** `listCallFlows`' order: by name (`localeCompare`). Sorts in place and returns the array. */
export function sortCallFlowRows(rows: CallFlowSummaryRow[]): CallFlowSummaryRow[] {
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

/** The `NOT_FOUND` error for a call flow that does not exist (or not in this workspace). */
export function callFlowNotFound(): DesignerError {
  return new DesignerError('NOT_FOUND', 'This call flow no longer exists: someone may have deleted it.');
}

/** The `CONFLICT` error for a write to a flow based on a stale version; carries a copy of the flow as stored. */
export function callFlowConflict(current: CallFlow, expectedVersion: number): DesignerError {
  return new DesignerError(
    'CONFLICT',
    `Someone else changed “${current.name}” (now version ${current.version}, you edited version ${expectedVersion}). Reload theirs or keep yours.`,
    { current: structuredClone(current) },
  );
}

/** The `NOT_FOUND` error of `restoreRevision` for a revision the flow never published. */
export function revisionNotFound(flow: Pick<CallFlow, 'name'>, revision: number): DesignerError {
  return new DesignerError('NOT_FOUND', `“${flow.name}” has no published revision ${revision}.`);
}

/** The message start of `refuseMissingReferences` when restoring a revision that attaches something deleted since. */
export function restoreRefusal(flow: Pick<CallFlow, 'name'>, revision: number): string {
  return `Revision ${revision} of “${flow.name}” cannot be restored`;
}

/** The message start of `refuseMissingReferences` when saving a draft. */
export const DRAFT_REFUSAL = 'The draft could not be saved';
