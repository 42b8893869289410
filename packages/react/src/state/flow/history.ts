import type { FlowGraph, Step } from '@sona-designer/core';

/** One undo (or redo) step: the graph to go back to. */
export interface HistoryEntry {
  /** The graph before the change. */
  graph: FlowGraph;
  /** What the change was, for "Undid: …" announcements. */
  label: string;
  /** Consecutive changes with the same key (typing in one field) merge into one entry. */
  coalesceKey?: string;
  at: number;
  /**
   * Set on the step that took a version someone else saved (Reload theirs, or their save adopted here): going back
   * across it puts our draft over theirs, which must be an explicit choice, never the side effect of an Undo.
   */
  othersVersion?: number;
}

/** The draft being designed, indexed for the canvas, and the way back and forth through its edits. */
export interface HistoryState {
  /** The working draft. */
  draft: FlowGraph;
  /** Steps by id, with stable identities for unchanged steps (so each node re-renders only when its step changes). */
  stepsById: Record<string, Step>;
  stepIds: string[];
  past: HistoryEntry[];
  future: HistoryEntry[];
}

/** Undo steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;
/** Edits of the same field closer together than this become one undo step. */
export const COALESCE_MS = 1200;

/** The history of a flow not loaded yet. */
export const EMPTY_HISTORY: HistoryState = {
  draft: { steps: [], edges: [] },
  stepsById: {},
  stepIds: [],
  past: [],
  future: [],
};

/** Adds an undo step, merging it into the last one when both come from one burst of typing in one field. */
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

/** The stacks after an edit: `entry` (the graph before it) can be undone, and what was undone cannot be redone. */
export function record(past: HistoryEntry[], entry: HistoryEntry): Pick<HistoryState, 'past' | 'future'> {
  return { past: pushHistory(past, entry), future: [] };
}

/**
 * A draft with its indexes. `stepIds` keeps its identity while the steps and their order stay the same, so a
 * component listing the steps does not re-render on an edit inside one of them.
 */
export function documentOf(
  draft: FlowGraph,
  stepIds?: string[],
): Pick<HistoryState, 'draft' | 'stepsById' | 'stepIds'> {
  const stepsById: Record<string, Step> = {};
  for (const step of draft.steps) stepsById[step.id] = step;
  const same =
    stepIds !== undefined &&
    stepIds.length === draft.steps.length &&
    draft.steps.every((step, index) => stepIds[index] === step.id);
  return { draft, stepsById, stepIds: same && stepIds ? stepIds : draft.steps.map((step) => step.id) };
}

/** Which way to move through the history. */
export type HistoryDirection = 'undo' | 'redo';

/**
 * One step back (undo) or forward (redo): the graph to show, both stacks, and the label of the edit crossed (for
 * the announcement). The graph left behind goes on the other stack, so the move can be reversed. `null` when there
 * is nothing to undo or redo.
 */
export function travel(
  state: Pick<HistoryState, 'draft' | 'past' | 'future'>,
  direction: HistoryDirection,
  at: number,
): {
  draft: FlowGraph;
  past: HistoryEntry[];
  future: HistoryEntry[];
  label: string;
  /** The version saved by someone else that this move crossed (see `HistoryEntry.othersVersion`). */
  othersVersion?: number;
} | null {
  const [from, to] = direction === 'undo' ? [state.past, state.future] : [state.future, state.past];
  const entry = from[from.length - 1];
  if (!entry) return null;
  const rest = from.slice(0, -1);
  const marker = entry.othersVersion === undefined ? {} : { othersVersion: entry.othersVersion };
  const crossed = [...to, { graph: state.draft, label: entry.label, at, ...marker }];
  return {
    draft: entry.graph,
    past: direction === 'undo' ? rest : crossed,
    future: direction === 'undo' ? crossed : rest,
    label: entry.label,
    ...marker,
  };
}
