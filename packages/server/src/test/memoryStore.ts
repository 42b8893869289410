import type { WorkspaceData } from '@sona-designer/core';
import { createInMemoryAdapter, type InMemoryAdapter } from '@sona-designer/core/memory';
import type { EventBatch, Store, StoredEvent, WorkspaceOperations } from '../store/types';

/** Options of `createMemoryStore`. */
export interface MemoryStoreOptions {
  /** How many events each workspace keeps (all by default); older ones are pruned. */
  eventRetention?: number;
  now?: () => Date;
  /** Initial data of some workspaces, by id. */
  seed?: Record<string, Partial<WorkspaceData>>;
}

/** The test double: a `Store` in memory, plus what tests need to poke at it. */
export interface MemoryStore extends Store {
  /** Calls the `onCommitted` listeners as a store would (to send duplicate or late notifications). */
  notify(workspaceId: string, seq: number): void;
  /** True once `close` was called. */
  readonly closed: boolean;
}

interface Workspace {
  adapter: InMemoryAdapter;
  operations: WorkspaceOperations;
  log: StoredEvent[];
  lastSeq: number;
}

/**
 * A fast `Store` for the HTTP tests: one `createInMemoryAdapter` per workspace, and an event log per workspace filled
 * from its `subscribe` (seq 1..n, pruned to `eventRetention`). Writes notify `onCommitted` listeners synchronously.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  const workspaces = new Map<string, Workspace>();
  const listeners = new Set<(workspaceId: string, seq: number) => void>();
  let closed = false;

  function notify(workspaceId: string, seq: number): void {
    for (const listener of [...listeners]) {
      try {
        listener(workspaceId, seq);
      } catch {
        // A failing listener must not fail the write.
      }
    }
  }

  function open(workspaceId: string): Workspace {
    const existing = workspaces.get(workspaceId);
    if (existing) return existing;
    const adapter = createInMemoryAdapter({
      seed: options.seed?.[workspaceId] ?? {},
      ...(options.now ? { now: options.now } : {}),
    });
    const { subscribe: _subscribe, applyCommit: _apply, snapshot: _snapshot, ...operations } = adapter;
    const workspace: Workspace = { adapter, operations, log: [], lastSeq: 0 };
    adapter.subscribe((event) => {
      workspace.lastSeq += 1;
      workspace.log.push({ seq: workspace.lastSeq, event });
      const retention = options.eventRetention;
      if (retention !== undefined && workspace.log.length > retention) {
        workspace.log.splice(0, workspace.log.length - retention);
      }
      notify(workspaceId, workspace.lastSeq);
    });
    workspaces.set(workspaceId, workspace);
    return workspace;
  }

  return {
    workspace: (workspaceId) => open(workspaceId).operations,
    ensureWorkspace: async (workspaceId) => {
      open(workspaceId);
    },
    readEvents: async (workspaceId, afterSeq, limit): Promise<EventBatch> => {
      const { log, lastSeq } = open(workspaceId);
      const oldest = log[0]?.seq ?? lastSeq + 1;
      return {
        events: structuredClone(log.filter((stored) => stored.seq > afterSeq).slice(0, limit)),
        tooFarBehind: afterSeq < lastSeq && oldest > afterSeq + 1,
        lastSeq,
      };
    },
    onCommitted: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close: async () => {
      closed = true;
      listeners.clear();
    },
    notify,
    get closed() {
      return closed;
    },
  };
}
