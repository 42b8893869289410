import type { ChangeEvent, DesignerAdapter } from '@sona-designer/core';

/**
 * Everything a caller may do in one workspace: `DesignerAdapter` without `subscribe` (the change feed is the
 * store's event log, read with `Store.readEvents`). Every method runs the core's rules on the server and throws
 * `DesignerError`s exactly as the in-memory adapter does.
 */
export type WorkspaceOperations = Omit<DesignerAdapter, 'subscribe'>;

/** One committed change with its sequence number (1, 2, 3… per workspace, in commit order, no gaps). */
export interface StoredEvent {
  seq: number;
  event: ChangeEvent;
}

/** What `Store.readEvents` returns. */
export interface EventBatch {
  /** Events after the asked sequence number, oldest first, at most `limit`. */
  events: StoredEvent[];
  /**
   * True when the log no longer holds every event after the asked number (they were pruned): the client must re-read
   * everything instead of catching up event by event.
   */
  tooFarBehind: boolean;
  /** The workspace's latest sequence number (0 before its first write). */
  lastSeq: number;
}

/**
 * The server's storage: Postgres (a server or embedded PGlite) behind one interface, so the HTTP layer never sees
 * SQL. Workspaces are created on first use (the host's `authenticate` decides which exist).
 */
export interface Store {
  /** The operations of one workspace; ids of other workspaces are `NOT_FOUND` in it. */
  workspace(workspaceId: string): WorkspaceOperations;
  /** Creates the workspace if it does not exist yet (idempotent). */
  ensureWorkspace(workspaceId: string, name?: string): Promise<void>;
  /** Events of one workspace after `afterSeq`, oldest first. */
  readEvents(workspaceId: string, afterSeq: number, limit: number): Promise<EventBatch>;
  /**
   * Called after any write commits, in this process or (through `LISTEN/NOTIFY`) in another server process on the same
   * database, with the workspace and its new latest sequence number. Returns the unsubscribe function.
   */
  onCommitted(listener: (workspaceId: string, seq: number) => void): () => void;
  /** Closes the connections (and the embedded database). */
  close(): Promise<void>;
}
