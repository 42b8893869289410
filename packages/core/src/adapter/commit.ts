import type { WorkspaceData } from '../io/types';
import type { CallFlow } from '../model/callFlow';
import type { CallSummary } from '../model/callSummary';
import type { Job } from '../model/job';
import type { KnowledgePage } from '../model/knowledge';
import type { TestCase } from '../model/testCase';
import type { ChangeEvent, DesignerAdapter } from './types';

type EventOf<T extends ChangeEvent['type']> = Extract<ChangeEvent, { type: T }>;

/**
 * One write an in-memory adapter stored: its change event and the records as stored (with their versions), which is
 * what another copy of the workspace (another tab, a test double of a server) needs to apply the same write.
 */
export type InMemoryCommit =
  | { event: EventOf<'job-created' | 'job-updated'>; job: Job }
  | { event: EventOf<'job-deleted'> }
  | { event: EventOf<'knowledge-created' | 'knowledge-updated'>; page: KnowledgePage }
  | { event: EventOf<'knowledge-deleted'> }
  | { event: EventOf<'call-flow-created' | 'call-flow-updated' | 'call-flow-published'>; flow: CallFlow }
  | { event: EventOf<'call-summary-recorded'>; summary: CallSummary }
  | { event: EventOf<'test-case-created' | 'test-case-updated'>; testCase: TestCase }
  | { event: EventOf<'test-case-deleted'> }
  | { event: EventOf<'workspace-imported'>; workspace: WorkspaceData };

/** `createInMemoryAdapter`'s adapter, with what it takes to keep several copies of one workspace in step. */
export interface InMemoryAdapter extends DesignerAdapter {
  /**
   * Stores a write made elsewhere (reported by another copy's `onCommit`) and tells this adapter's subscribers,
   * as a local write would. A record this copy already holds at the same or a newer version is left alone
   * (returns false), so commits may arrive twice or late. Later writes here are checked against the applied
   * versions: a save based on an older version fails with `CONFLICT`.
   */
  applyCommit(commit: InMemoryCommit): boolean;
  /** A copy of everything stored now, e.g. to start another copy of the workspace from. */
  snapshot(): WorkspaceData;
}
