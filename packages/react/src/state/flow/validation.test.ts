import { createStarterGraph, createStep, type FlowGraph } from '@sona-designer/core';
import { updateStep } from '@sona-designer/core/edits';
import { createInMemoryAdapter } from '@sona-designer/core/memory';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createFakeScheduler } from '../../test/fakeScheduler';
import { createWorkspaceStore } from '../workspace/workspaceStore';
import type { LoadState } from './editable';
import {
  createValidation,
  DEFERRED_VALIDATION_MS,
  DEFERRED_VALIDATION_STEPS,
  type ValidationView,
} from './validation';

/** Validation on a store of its own, with a fake clock. */
function setup(draft: FlowGraph = createStarterGraph(), loadState: LoadState = 'ready') {
  const adapter = createInMemoryAdapter();
  const workspace = createWorkspaceStore(adapter);
  const scheduler = createFakeScheduler();
  const store = createStore<ValidationView>()(() => ({ draft, loadState, issues: [], issuesByStep: {} }));
  const validation = createValidation(workspace, scheduler, { get: store.getState, set: store.setState });
  return { adapter, workspace, scheduler, store, validation };
}

/** A chain of play-audio steps long enough for validation to wait for a pause in editing. */
function largeGraph(): FlowGraph {
  const steps = Array.from({ length: DEFERRED_VALIDATION_STEPS + 1 }, (_, index) =>
    createStep('play-audio', `play-${index}`),
  );
  return { steps: [createStep('incoming-call', 'start'), ...steps], edges: [] };
}

describe('validation', () => {
  it('computes the issues of a draft once for the same draft and the same jobs', () => {
    const { validation } = setup();
    const draft = createStarterGraph();
    const first = validation.issuesOf(draft);
    expect(first.issues.map((issue) => issue.code)).toContain('SONA_EMPTY');
    expect(validation.issuesOf(draft)).toBe(first);
    expect(validation.issuesOf(updateStep(draft, 'sona-1', { title: 'Front' }))).not.toBe(first);
  });

  it('keeps the array of a step whose issues did not change', () => {
    const { store, validation } = setup();
    store.setState(validation.issuesOf(createStarterGraph()));
    const before = store.getState().issuesByStep['sona-1'];
    const next = validation.issuesOf(updateStep(createStarterGraph(), 'start', { title: 'Calls in' }));
    expect(next.issuesByStep['sona-1']).toBe(before);
  });

  it('validates a usual flow with each edit, and a large one just after the last edit', () => {
    const small = setup();
    expect(small.validation.afterEdit(createStarterGraph()).issues).toBeDefined();

    const large = setup(largeGraph());
    expect(large.validation.afterEdit(large.store.getState().draft)).toEqual({});
    large.scheduler.advance(DEFERRED_VALIDATION_MS - 1);
    expect(large.validation.afterEdit(large.store.getState().draft)).toEqual({});
    large.scheduler.advance(DEFERRED_VALIDATION_MS - 1);
    expect(large.store.getState().issues).toEqual([]);
    large.scheduler.advance(1);
    expect(large.store.getState().issues.map((issue) => issue.code)).toContain('UNREACHABLE');
  });

  it('validates a large flow at once while it loads, and revalidates only once it is loaded', () => {
    const { store, validation } = setup(largeGraph(), 'loading');
    expect(validation.afterEdit(store.getState().draft).issues?.length).toBeGreaterThan(0);
    validation.revalidate();
    expect(store.getState().issues).toEqual([]);
    store.setState({ loadState: 'ready' });
    validation.revalidate();
    expect(store.getState().issues.length).toBeGreaterThan(0);
  });

  it('loads the jobs a draft uses, and reports the ones that do not exist', async () => {
    const { adapter, workspace, store, validation } = setup();
    const job = await adapter.createJob({ name: 'Take a message', instructions: '1. Ask.' });
    const draft = updateStep(createStarterGraph(), 'sona-1', { jobIds: [job.id, 'job-gone'] } as never);
    store.setState({ draft });
    await validation.loadReferenced(draft);
    expect(workspace.getState().jobs[job.id]?.name).toBe('Take a message');
    expect(store.getState().issues).toContainEqual(
      expect.objectContaining({ code: 'UNKNOWN_JOB', stepId: 'sona-1' }),
    );
  });
});
