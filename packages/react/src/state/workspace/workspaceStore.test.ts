import {
  createStarterGraph,
  type DesignerAdapter,
  DesignerError,
  type FlowGraph,
  type Job,
} from '@sona-designer/core';
import { demoWorkspace, JOB_IDS } from '@sona-designer/core/demo';
import { createInMemoryAdapter } from '@sona-designer/core/memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createFakeScheduler } from '../../test/fakeScheduler';
import { createValidation, type ValidationView } from '../flow/validation';
import { createWorkspaceStore, REFRESH_RETRY_MS, retryDelay } from './workspaceStore';

const JOB = JOB_IDS.takeMessage;

interface Pending<T> {
  resolve(value: T): void;
  reject(error: unknown): void;
}

/**
 * The in-memory adapter whose `getJob` answers only when the test says so: each call is queued with the answer the
 * adapter had when it was asked, so answers can be delivered in any order, or failed.
 */
function controlledAdapter() {
  const base = createInMemoryAdapter({ seed: demoWorkspace });
  const calls: Array<Pending<Job> & { answer: Promise<Job> }> = [];
  const adapter: DesignerAdapter = {
    ...base,
    getJob(id) {
      let pending!: Pending<Job>;
      const promise = new Promise<Job>((resolve, reject) => {
        pending = { resolve, reject };
      });
      calls.push({ ...pending, answer: base.getJob(id) });
      return promise;
    },
  };
  return {
    base,
    adapter,
    calls,
    /** Delivers call `index` with what the adapter answered when asked. */
    async answer(index: number) {
      const call = calls[index];
      if (!call) throw new Error(`no getJob call ${index}`);
      call.resolve(await call.answer);
      await flush();
    },
    async fail(index: number) {
      calls[index]?.reject(new DesignerError('UNAVAILABLE', 'The workspace could not be reached.'));
      await flush();
    },
  };
}

/** Lets pending promise callbacks run (no time passes for the store: its timers are on the fake scheduler). */
function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function rename(adapter: DesignerAdapter, name: string): Promise<Job> {
  const current = await adapter.getJob(JOB);
  return adapter.updateJob(JOB, { name }, current.version);
}

let unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => {
  unhandled.push(reason);
};

beforeEach(() => {
  unhandled = [];
  process.on('unhandledRejection', onUnhandled);
});

afterEach(async () => {
  // Rejections are reported after the microtasks that could have handled them.
  await flush();
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

describe('workspace store: change events', () => {
  it('keeps the newest version whatever the order the re-reads answer in', async () => {
    const { base, adapter, calls, answer } = controlledAdapter();
    const scheduler = createFakeScheduler();
    const workspace = createWorkspaceStore(adapter, { scheduler });
    await workspace.getState().ensureJobs([JOB]);
    const v10 = await rename(base, 'v10');
    const ten = workspace.getState().applyChange({ type: 'job-updated', id: JOB, version: v10.version });
    const v11 = await rename(base, 'v11');
    const eleven = workspace.getState().applyChange({ type: 'job-updated', id: JOB, version: v11.version });
    expect(calls).toHaveLength(2);

    // v11's answer arrives first, then v10's: the store keeps v11.
    await answer(1);
    expect(workspace.getState().jobs[JOB]?.name).toBe('v11');
    // v10's read was asked before the rename to v11: it answers v10, which must not win.
    calls[0]?.resolve({ ...v10 });
    await Promise.all([ten, eleven]);
    expect(workspace.getState().jobs[JOB]).toMatchObject({ name: 'v11', version: v11.version });
    expect(scheduler.waiting).toBe(0);
  });

  it('keeps the newest version when the older read answers first too', async () => {
    const { base, adapter, calls, answer } = controlledAdapter();
    const workspace = createWorkspaceStore(adapter, { scheduler: createFakeScheduler() });
    await workspace.getState().ensureJobs([JOB]);
    const v10 = await rename(base, 'v10');
    void workspace.getState().applyChange({ type: 'job-updated', id: JOB, version: v10.version });
    const v11 = await rename(base, 'v11');
    void workspace.getState().applyChange({ type: 'job-updated', id: JOB, version: v11.version });
    calls[0]?.resolve({ ...v10 });
    await flush();
    expect(workspace.getState().jobs[JOB]?.name).toBe('v10');
    await answer(1);
    expect(workspace.getState().jobs[JOB]?.name).toBe('v11');
  });

  it('never puts an older copy over a newer one (putJob, loads)', async () => {
    const base = createInMemoryAdapter({ seed: demoWorkspace });
    const workspace = createWorkspaceStore(base, { scheduler: createFakeScheduler() });
    await workspace.getState().ensureJobs([JOB]);
    const old = workspace.getState().jobs[JOB] as Job;
    const newer = await rename(base, 'newer');
    workspace.getState().putJob(newer);
    workspace.getState().putJob(old);
    expect(workspace.getState().jobs[JOB]?.name).toBe('newer');
  });

  it('retries a failed re-read (on the scheduler) until it brings the latest name, without unhandled rejections', async () => {
    const { base, adapter, calls, answer, fail } = controlledAdapter();
    const scheduler = createFakeScheduler();
    const workspace = createWorkspaceStore(adapter, { scheduler });
    await workspace.getState().ensureJobs([JOB]);
    const renamed = await rename(base, 'Renamed');
    const applied = workspace
      .getState()
      .applyChange({ type: 'job-updated', id: JOB, version: renamed.version });

    await fail(0);
    await applied;
    expect(workspace.getState().jobs[JOB]?.name).not.toBe('Renamed');
    expect(scheduler.waiting).toBe(1);

    // The second read fails as well: the next retry waits longer.
    scheduler.advance(REFRESH_RETRY_MS);
    expect(calls).toHaveLength(2);
    await fail(1);
    scheduler.advance(retryDelay(2) - 1);
    expect(calls).toHaveLength(2);
    scheduler.advance(1);
    expect(calls).toHaveLength(3);
    await answer(2);
    expect(workspace.getState().jobs[JOB]?.name).toBe('Renamed');
    expect(scheduler.waiting).toBe(0);
  });

  it('a newer event supersedes a retry waiting', async () => {
    const { base, adapter, calls, answer, fail } = controlledAdapter();
    const scheduler = createFakeScheduler();
    const workspace = createWorkspaceStore(adapter, { scheduler });
    await workspace.getState().ensureJobs([JOB]);
    const v10 = await rename(base, 'v10');
    void workspace.getState().applyChange({ type: 'job-updated', id: JOB, version: v10.version });
    await fail(0);
    expect(scheduler.waiting).toBe(1);

    const v11 = await rename(base, 'v11');
    void workspace.getState().applyChange({ type: 'job-updated', id: JOB, version: v11.version });
    expect(scheduler.waiting).toBe(0);
    expect(calls).toHaveLength(2);
    await answer(1);
    expect(workspace.getState().jobs[JOB]?.name).toBe('v11');
    scheduler.advance(60_000);
    expect(calls).toHaveLength(2);
  });

  it('a job deleted while its re-read is on its way stays deleted', async () => {
    const { base, adapter, answer } = controlledAdapter();
    const workspace = createWorkspaceStore(adapter, { scheduler: createFakeScheduler() });
    await workspace.getState().ensureJobs([JOB]);
    const renamed = await rename(base, 'Renamed');
    void workspace.getState().applyChange({ type: 'job-updated', id: JOB, version: renamed.version });
    await workspace.getState().applyChange({ type: 'job-deleted', id: JOB });
    await answer(0);
    expect(workspace.getState().jobs[JOB]).toBeUndefined();
    expect(workspace.getState().missingJobs[JOB]).toBe(true);
  });

  it('a failed load can be ignored by its caller without an unhandled rejection, and rejects for one that listens', async () => {
    const base = createInMemoryAdapter({ seed: demoWorkspace });
    const failing: DesignerAdapter = {
      ...base,
      listJobs: () => Promise.reject(new DesignerError('UNAVAILABLE', 'The workspace could not be reached.')),
      getJobUsage: () =>
        Promise.reject(new DesignerError('UNAVAILABLE', 'The workspace could not be reached.')),
    };
    const workspace = createWorkspaceStore(failing, { scheduler: createFakeScheduler() });
    void workspace.getState().ensureJobs([JOB]);
    void workspace.getState().ensureJobUsage([JOB]);
    await flush();
    await expect(workspace.getState().ensureJobs([JOB])).rejects.toThrow('could not be reached');
  });
});

describe('validation: referenced records', () => {
  it('retries a failed load of the jobs a draft uses, without an unhandled rejection', async () => {
    const base = createInMemoryAdapter({ seed: demoWorkspace });
    let failures = 1;
    const flaky: DesignerAdapter = {
      ...base,
      listJobs: (query) =>
        failures-- > 0
          ? Promise.reject(new DesignerError('UNAVAILABLE', 'The workspace could not be reached.'))
          : base.listJobs(query),
    };
    const scheduler = createFakeScheduler();
    const workspace = createWorkspaceStore(flaky, { scheduler });
    const starter = createStarterGraph();
    const draft: FlowGraph = {
      ...starter,
      steps: starter.steps.map((step) => (step.kind === 'sona' ? { ...step, jobIds: [JOB] } : step)),
    };
    const store = createStore<ValidationView>()(() => ({
      draft,
      loadState: 'ready',
      issues: [],
      issuesByStep: {},
    }));
    const validation = createValidation(workspace, scheduler, { get: store.getState, set: store.setState });

    await validation.loadReferenced(draft);
    expect(workspace.getState().jobs[JOB]).toBeUndefined();
    expect(scheduler.waiting).toBe(1);
    scheduler.advance(REFRESH_RETRY_MS);
    await flush();
    expect(workspace.getState().jobs[JOB]).toBeDefined();
    expect(scheduler.waiting).toBe(0);
  });
});
