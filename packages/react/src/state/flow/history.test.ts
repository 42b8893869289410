import { createStarterGraph, type FlowGraph } from '@sona-designer/core';
import { updateStep } from '@sona-designer/core/edits';
import { describe, expect, it } from 'vitest';
import {
  COALESCE_MS,
  documentOf,
  HISTORY_LIMIT,
  type HistoryEntry,
  pushHistory,
  record,
  travel,
} from './history';

const start = createStarterGraph();
const titled = (title: string): FlowGraph => updateStep(start, 'sona-1', { title });

describe('pushHistory', () => {
  it('merges a burst of edits with one key into one entry that keeps the oldest graph', () => {
    const first: HistoryEntry = { graph: start, label: 'Edit', coalesceKey: 'edit:sona-1', at: 0 };
    const past = pushHistory([first], {
      graph: titled('F'),
      label: 'Edit',
      coalesceKey: 'edit:sona-1',
      at: 500,
    });
    expect(past).toEqual([{ ...first, at: 500 }]);
  });

  it('keeps edits apart when their keys differ, a key is missing, or they are too far apart', () => {
    const first: HistoryEntry = { graph: start, label: 'Edit', coalesceKey: 'a', at: 0 };
    expect(pushHistory([first], { graph: start, label: 'Edit', coalesceKey: 'b', at: 1 })).toHaveLength(2);
    expect(pushHistory([first], { graph: start, label: 'Edit', at: 1 })).toHaveLength(2);
    expect(
      pushHistory([first], { graph: start, label: 'Edit', coalesceKey: 'a', at: COALESCE_MS }),
    ).toHaveLength(2);
  });

  it(`keeps the last ${HISTORY_LIMIT} entries`, () => {
    let past: HistoryEntry[] = [];
    for (let at = 0; at < HISTORY_LIMIT + 5; at++)
      past = pushHistory(past, { graph: start, label: `${at}`, at });
    expect(past).toHaveLength(HISTORY_LIMIT);
    expect(past[0]?.label).toBe('5');
  });
});

describe('record', () => {
  it('makes the edit undoable and forgets what could be redone', () => {
    const entry = { graph: start, label: 'Edit', at: 0 };
    expect(record([], entry)).toEqual({ past: [entry], future: [] });
  });
});

describe('documentOf', () => {
  it('indexes the steps and keeps the id list while the steps and their order stay the same', () => {
    const first = documentOf(start);
    expect(first.stepsById['sona-1']).toBe(start.steps[1]);
    expect(documentOf(titled('Front'), first.stepIds).stepIds).toBe(first.stepIds);
    const reordered = { ...start, steps: [...start.steps].reverse() };
    expect(documentOf(reordered, first.stepIds).stepIds).toEqual(['sona-1', 'start']);
  });
});

describe('travel', () => {
  const history = { draft: titled('B'), past: [{ graph: titled('A'), label: 'Rename', at: 0 }], future: [] };

  it('undoes to the last graph and puts the current one on the redo stack, and redo reverses it', () => {
    const undone = travel(history, 'undo', 10);
    expect(undone).toEqual({
      draft: titled('A'),
      past: [],
      future: [{ graph: titled('B'), label: 'Rename', at: 10 }],
      label: 'Rename',
    });
    if (!undone) throw new Error('there was an edit to undo');
    const redone = travel(undone, 'redo', 20);
    expect(redone?.draft).toEqual(titled('B'));
    expect(redone?.past).toEqual([{ graph: titled('A'), label: 'Rename', at: 20 }]);
    expect(redone?.future).toEqual([]);
  });

  it('returns null with nothing to undo or redo', () => {
    expect(travel(history, 'redo', 0)).toBeNull();
    expect(travel({ ...history, past: [] }, 'undo', 0)).toBeNull();
  });
});
