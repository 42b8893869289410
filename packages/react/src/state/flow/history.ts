import type { FlowGraph } from '@sona-designer/core';

export interface HistoryEntry {
  /** The graph before the change. */
  graph: FlowGraph;
  /** What the change was, for "Undid: …" announcements. */
  label: string;
  /** Consecutive changes with the same key (typing in one field) merge into one entry. */
  coalesceKey?: string;
  at: number;
}

export const HISTORY_LIMIT = 200;
/** Edits of the same field closer together than this become one undo step. */
export const COALESCE_MS = 1200;

export function pushHistory(past: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const last = past[past.length - 1];
  if (
    last &&
    entry.coalesceKey &&
    last.coalesceKey === entry.coalesceKey &&
    entry.at - last.at < COALESCE_MS
  ) {
    // Keep the oldest graph so one Undo reverts the whole burst; refresh the time so the burst can go on.
    return [...past.slice(0, -1), { ...last, at: entry.at }];
  }
  const next = [...past, entry];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}
