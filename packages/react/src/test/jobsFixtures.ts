// Workspaces and adapters for the stories and browser tests of the jobs UI (not exported by the package).
import {
  type CallFlow,
  createStarterGraph,
  type DesignerAdapter,
  DesignerError,
  type Job,
} from '@sona-designer/core';
import { demoWorkspace, generateJobs } from '@sona-designer/core/demo';
import { createInMemoryAdapter } from '@sona-designer/core/memory';
import { createFixtureAdapter } from './fixtures';

// The same generated jobs as the demo's Large workspace.
export { generateJobs };

const generated = new Map<number, Job[]>();

/**
 * The demo workspace (its call flows, knowledge and jobs) grown to `total` jobs, e.g. `createLargeWorkspaceAdapter(10_000)`.
 */
export function createLargeWorkspaceAdapter(total = 10_000): DesignerAdapter {
  const demoJobs = demoWorkspace.jobs ?? [];
  const extra = Math.max(0, total - demoJobs.length);
  let jobs = generated.get(extra);
  if (!jobs) {
    jobs = generateJobs(extra);
    generated.set(extra, jobs);
  }
  return createInMemoryAdapter({ seed: { ...demoWorkspace, jobs: [...demoJobs, ...jobs] } });
}

export const EMPTY_FLOW_ID = 'flow-empty-workspace';
/** The Sona step of `createEmptyWorkspaceAdapter`'s only flow. */
export const EMPTY_FLOW_SONA = 'sona-1';

/** A workspace without any job or knowledge page, with one new call flow (incoming call → Sona). */
export function createEmptyWorkspaceAdapter(): DesignerAdapter {
  const stamp = '2026-02-01T09:00:00.000Z';
  const flow: CallFlow = {
    id: EMPTY_FLOW_ID,
    name: 'New call flow',
    version: 1,
    draft: createStarterGraph(),
    published: null,
    revisions: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
  return createInMemoryAdapter({ seed: { callFlows: [flow] } });
}

/** Lists of jobs and knowledge never answer (everything else works): the loading state. */
export function withPendingLists(adapter: DesignerAdapter = createFixtureAdapter()): DesignerAdapter {
  const never = () => new Promise<never>(() => {});
  return { ...adapter, listJobs: never, listKnowledge: never };
}

export const LIST_OUTAGE = 'The workspace could not be reached. Try again in a moment.';

/**
 * Listing jobs and knowledge (without `ids`, i.e. the pickers' lists) fails `failures` times, then works: the error
 * state and its Retry. Loading attached jobs by id keeps working.
 */
export function withFailingLists(adapter: DesignerAdapter = createFixtureAdapter(), failures = 1) {
  let left = failures;
  const fail = () => {
    if (left <= 0) return false;
    left--;
    return true;
  };
  return {
    ...adapter,
    listJobs: (query = {}) =>
      !query.ids && fail()
        ? Promise.reject(new DesignerError('UNAVAILABLE', LIST_OUTAGE))
        : adapter.listJobs(query),
    listKnowledge: (query = {}) =>
      !query.ids && fail()
        ? Promise.reject(new DesignerError('UNAVAILABLE', LIST_OUTAGE))
        : adapter.listKnowledge(query),
  } satisfies DesignerAdapter;
}
