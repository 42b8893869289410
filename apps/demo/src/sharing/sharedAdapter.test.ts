import type { ChangeEvent, Job, WorkspaceData } from '@sona-designer/core';
import { demoWorkspace, JOB_IDS } from '@sona-designer/core/demo';
import { exportWorkspace } from '@sona-designer/core/io';
import { describeAdapterContract, expectDesignerError, jobInput } from '@sona-designer/core/testing';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createSharedAdapter, type SharedAdapter, type SharedAdapterOptions } from './sharedAdapter';

const opened: SharedAdapter[] = [];
let channelCount = 0;
/** Opening times: each tab opened later than the one before, even within one millisecond. */
let clock = 0;
const opening = () => ++clock;

afterEach(() => {
  for (const tab of opened.splice(0)) tab.close();
});

function newChannel(): string {
  return `sona-test-${process.pid}-${++channelCount}`;
}

/** A tab of the demo on `channelName`, ready (it has found the others and has the workspace). */
async function openTab(
  channelName: string,
  options: Partial<SharedAdapterOptions> = {},
): Promise<SharedAdapter> {
  const tab = createSharedAdapter({
    channelName,
    seed: demoWorkspace,
    discoveryMs: 30,
    now: opening,
    ...options,
  });
  opened.push(tab);
  await tab.ready;
  return tab;
}

function listen(tab: SharedAdapter): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  tab.adapter.subscribe((event) => events.push(event));
  return events;
}

const WAIT = { timeout: 2000, interval: 5 };

describe('a workspace shared by tabs over a BroadcastChannel', () => {
  it('shows an edit made in one tab in the other, with its version and a change event', async () => {
    const channel = newChannel();
    const first = await openTab(channel);
    const second = await openTab(channel);
    expect(first.isLeader()).toBe(true);
    expect(second.isLeader()).toBe(false);
    const events = listen(second);

    const before = await first.adapter.getJob(JOB_IDS.takeMessage);
    await first.adapter.updateJob(JOB_IDS.takeMessage, { name: 'Take a detailed message' }, before.version);

    await vi.waitFor(
      () =>
        expect(events).toContainEqual({
          type: 'job-updated',
          id: JOB_IDS.takeMessage,
          version: before.version + 1,
        }),
      WAIT,
    );
    expect(await second.adapter.getJob(JOB_IDS.takeMessage)).toMatchObject({
      name: 'Take a detailed message',
      version: before.version + 1,
    });
  });

  it('refuses a save based on a version another tab replaced (CONFLICT with theirs), in either tab', async () => {
    const channel = newChannel();
    const first = await openTab(channel);
    const second = await openTab(channel);
    const seen = await second.adapter.getJob(JOB_IDS.billing);

    await first.adapter.updateJob(JOB_IDS.billing, { name: 'Billing questions' }, seen.version);
    const error = await expectDesignerError(
      second.adapter.updateJob(JOB_IDS.billing, { name: 'Invoices' }, seen.version),
      'CONFLICT',
    );
    expect(error.current).toMatchObject({ name: 'Billing questions', version: seen.version + 1 });

    // The other way round: the tab holding the workspace is refused too.
    await second.adapter.updateJob(JOB_IDS.billing, { description: 'From the second tab' }, seen.version + 1);
    await expectDesignerError(
      first.adapter.updateJob(JOB_IDS.billing, { description: 'Stale' }, seen.version + 1),
      'CONFLICT',
    );
    await vi.waitFor(
      async () =>
        expect((await first.adapter.getJob(JOB_IDS.billing)).description).toBe('From the second tab'),
      WAIT,
    );
  });

  it('lets only one of two saves from the same version win, and both tabs end with the winner’s text', async () => {
    const channel = newChannel();
    const first = await openTab(channel);
    const second = await openTab(channel);
    const { version } = await first.adapter.getJob(JOB_IDS.leak);

    const outcomes = await Promise.allSettled([
      first.adapter.updateJob(JOB_IDS.leak, { name: 'Leak (first tab)' }, version),
      second.adapter.updateJob(JOB_IDS.leak, { name: 'Leak (second tab)' }, version),
    ]);

    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const lost = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    const winner = (won[0] as PromiseFulfilledResult<Job>).value;
    await vi.waitFor(async () => {
      expect(await first.adapter.getJob(JOB_IDS.leak)).toEqual(winner);
      expect(await second.adapter.getJob(JOB_IDS.leak)).toEqual(winner);
    }, WAIT);
  });

  it('starts a tab opened later from the others’ workspace, not from the seed', async () => {
    const channel = newChannel();
    const first = await openTab(channel);
    const second = await openTab(channel);
    const created = await second.adapter.createJob(jobInput({ name: 'Made before the third tab' }));
    const seen = await first.adapter.getJob(JOB_IDS.reschedule);
    await first.adapter.updateJob(JOB_IDS.reschedule, { name: 'Move a visit' }, seen.version);

    const third = await openTab(channel);

    expect(await third.adapter.getJob(created.id)).toEqual(created);
    expect(await third.adapter.getJob(JOB_IDS.reschedule)).toMatchObject({
      name: 'Move a visit',
      version: seen.version + 1,
    });
    const fromThird = await third.adapter.createJob(jobInput({ name: 'Made in the third tab' }));
    await vi.waitFor(async () => expect(await first.adapter.getJob(fromThird.id)).toEqual(fromThird), WAIT);
  });

  it('resets every tab when one imports the seed in replace mode', async () => {
    const channel = newChannel();
    const first = await openTab(channel);
    const second = await openTab(channel);
    await first.adapter.createJob(jobInput({ name: 'Gone after the reset' }));
    const events = listen(first);

    const seed: WorkspaceData = {
      jobs: [],
      knowledge: [],
      callFlows: [],
      callSummaries: [],
      testCases: [],
      ...demoWorkspace,
    };
    await second.adapter.importWorkspace(exportWorkspace(seed), { mode: 'replace' });

    await vi.waitFor(() => expect(events).toContainEqual({ type: 'workspace-imported' }), WAIT);
    for (const tab of [first, second]) {
      const jobs = await tab.adapter.listJobs({ limit: 100 });
      expect(jobs.total).toBe(demoWorkspace.jobs?.length);
      expect(jobs.items.map((job) => job.name)).not.toContain('Gone after the reset');
    }
  });

  it('hands the workspace to the next oldest tab when the oldest closes, and its writes still reach the others', async () => {
    const channel = newChannel();
    const first = await openTab(channel);
    const second = await openTab(channel);
    const third = await openTab(channel);
    const job = await third.adapter.createJob(jobInput());

    first.close();
    await vi.waitFor(() => expect(second.isLeader()).toBe(true), WAIT);

    const renamed = await third.adapter.updateJob(job.id, { name: 'Renamed after the first tab left' }, 1);
    expect(renamed.version).toBe(2);
    await vi.waitFor(async () => expect(await second.adapter.getJob(job.id)).toEqual(renamed), WAIT);
  });

  it('fails a write as UNAVAILABLE, changing nothing, when the tab holding the workspace stops answering', async () => {
    const channel = newChannel();
    const first = await openTab(channel);
    const second = await openTab(channel, { requestTimeoutMs: 100 });
    // A tab that claims to be the oldest and then never answers, as one that crashed without saying bye.
    const ghost = new BroadcastChannel(channel);
    onTestFinished(() => ghost.close());
    const heard: string[] = [];
    ghost.onmessage = (event: MessageEvent<{ type: string }>) => heard.push(event.data.type);
    ghost.postMessage({ type: 'hello', from: { id: 'ghost', startedAt: 0 } });
    await vi.waitFor(() => expect(heard.filter((type) => type === 'here')).toHaveLength(2), WAIT);

    const seen = await second.adapter.getJob(JOB_IDS.warranty);
    const error = await expectDesignerError(
      second.adapter.updateJob(JOB_IDS.warranty, { name: 'Never stored' }, seen.version),
      'UNAVAILABLE',
    );
    expect(error.message).toMatch(/did not answer.*try again/);
    expect((await first.adapter.getJob(JOB_IDS.warranty)).name).toBe(seen.name);

    // The silent tab is dropped: the retry goes to the oldest tab still there.
    const retried = await second.adapter.updateJob(
      JOB_IDS.warranty,
      { name: 'Stored on retry' },
      seen.version,
    );
    expect(retried.version).toBe(seen.version + 1);
    await vi.waitFor(
      async () => expect((await first.adapter.getJob(JOB_IDS.warranty)).name).toBe('Stored on retry'),
      WAIT,
    );
  });
});

describeAdapterContract(
  'a tab that is not the oldest (every write goes through the oldest tab)',
  async () => {
    const channelName = newChannel();
    const oldest = createSharedAdapter({ channelName, discoveryMs: 1, now: opening });
    await oldest.ready;
    const tab = createSharedAdapter({ channelName, discoveryMs: 20, now: opening });
    onTestFinished(() => {
      tab.close();
      oldest.close();
    });
    await tab.ready;
    if (tab.isLeader())
      throw new Error('The second tab did not find the first: the contract would test no sharing.');
    return tab.adapter;
  },
);
