import { isDesignerError } from '@sona-designer/core';
import {
  callSummaryInput,
  expectDesignerError,
  firstSonaStepId,
  jobInput,
  knowledgeInput,
  withJobIds,
} from '@sona-designer/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open';
import type { Database } from '../db/types';
import { createPostgresStore } from './postgresStore';
import type { Store } from './types';

let db: Database;
let store: Store;
let pruned: Store;
let workspaces = 0;
const fresh = () => `store-${++workspaces}`;

beforeAll(async () => {
  db = await openDatabase('memory://');
  await migrate(db);
  store = createPostgresStore(db);
  // A second store on the same database that keeps only 3 events per workspace.
  pruned = createPostgresStore(db, { eventRetention: 3 });
});

afterAll(async () => {
  await store?.close();
});

describe('Postgres store: concurrency', () => {
  it('lets exactly one of several concurrent updates with the same version win; the others get CONFLICT', async () => {
    const ops = store.workspace(fresh());
    const job = await ops.createJob(jobInput());
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, index) => ops.updateJob(job.id, { name: `Writer ${index}` }, 1)),
    );
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result) => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(5);
    for (const result of lost)
      expect(isDesignerError((result as PromiseRejectedResult).reason, 'CONFLICT')).toBe(true);
    const stored = await ops.getJob(job.id);
    expect(stored.version).toBe(2);
    expect(stored.name).toBe((won[0] as PromiseFulfilledResult<{ name: string }>).value.name);
  });

  it('lets exactly one concurrent draft save win', async () => {
    const ops = store.workspace(fresh());
    const flow = await ops.createCallFlow({ name: 'Main line' });
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => ops.saveDraft(flow.id, flow.draft, flow.version)),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect((await ops.getCallFlow(flow.id)).version).toBe(2);
  });

  it('numbers the events of concurrent writes 1..n without gaps, in order', async () => {
    const workspaceId = fresh();
    const ops = store.workspace(workspaceId);
    await Promise.all(
      Array.from({ length: 10 }, (_, index) => ops.createJob(jobInput({ name: `Job ${index}` }))),
    );
    const batch = await store.readEvents(workspaceId, 0, 100);
    expect(batch.lastSeq).toBe(10);
    expect(batch.tooFarBehind).toBe(false);
    expect(batch.events.map((event) => event.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(batch.events.map((event) => (event.event as { id: string }).id)).size).toBe(10);
  });

  it('appends no event for a failed write or a write that changes nothing', async () => {
    const workspaceId = fresh();
    const ops = store.workspace(workspaceId);
    const job = await ops.createJob(jobInput());
    await ops.updateJob(job.id, { name: job.name }, 1);
    await expectDesignerError(ops.updateJob(job.id, { name: 'Stale' }, 7), 'CONFLICT');
    await expectDesignerError(ops.updateJob(job.id, { name: '' }, 1), 'VALIDATION');
    expect((await store.readEvents(workspaceId, 0, 100)).events).toEqual([
      { seq: 1, event: { type: 'job-created', id: job.id, version: 1 } },
    ]);
  });

  it('tells onCommitted listeners the workspace and its new sequence number', async () => {
    const workspaceId = fresh();
    const heard: [string, number][] = [];
    const stop = store.onCommitted((workspace, seq) => heard.push([workspace, seq]));
    await store.workspace(workspaceId).createJob(jobInput());
    stop();
    await store.workspace(workspaceId).createJob(jobInput());
    expect(heard).toEqual([[workspaceId, 1]]);
  });
});

describe('Postgres store: event log', () => {
  it('prunes events beyond the retention and reports tooFarBehind to a reader from before the oldest kept', async () => {
    const workspaceId = fresh();
    const ops = pruned.workspace(workspaceId);
    for (let index = 0; index < 6; index++) await ops.createJob(jobInput({ name: `Job ${index}` }));
    const behind = await pruned.readEvents(workspaceId, 1, 100);
    expect(behind.tooFarBehind).toBe(true);
    expect(behind.lastSeq).toBe(6);
    const caughtUp = await pruned.readEvents(workspaceId, 3, 100);
    expect(caughtUp.tooFarBehind).toBe(false);
    expect(caughtUp.events.map((event) => event.seq)).toEqual([4, 5, 6]);
    expect((await pruned.readEvents(workspaceId, 6, 100)).events).toEqual([]);
  });

  it('reads nothing and lastSeq 0 for a workspace without writes', async () => {
    expect(await store.readEvents(fresh(), 0, 10)).toEqual({ events: [], tooFarBehind: false, lastSeq: 0 });
  });

  it('pages events with limit', async () => {
    const workspaceId = fresh();
    const ops = store.workspace(workspaceId);
    for (let index = 0; index < 5; index++)
      await ops.createKnowledge(knowledgeInput({ title: `Page ${index}` }));
    const first = await store.readEvents(workspaceId, 0, 2);
    expect(first.events.map((event) => event.seq)).toEqual([1, 2]);
    const next = await store.readEvents(workspaceId, 2, 2);
    expect(next.events.map((event) => event.seq)).toEqual([3, 4]);
  });
});

describe('Postgres store: workspaces are isolated', () => {
  it('answers NOT_FOUND in workspace B for ids of workspace A, and changes nothing in A', async () => {
    const a = store.workspace(fresh());
    const b = store.workspace(fresh());
    const job = await a.createJob(jobInput());
    const page = await a.createKnowledge(knowledgeInput());
    const flow = await a.createCallFlow({ name: 'Main line' });

    await expectDesignerError(b.getJob(job.id), 'NOT_FOUND');
    await expectDesignerError(b.updateJob(job.id, { name: 'Hijacked' }, 1), 'NOT_FOUND');
    await expectDesignerError(b.deleteJob(job.id, 1), 'NOT_FOUND');
    await expectDesignerError(b.getJobUsage(job.id), 'NOT_FOUND');
    await expectDesignerError(b.getKnowledge(page.id), 'NOT_FOUND');
    await expectDesignerError(b.updateKnowledge(page.id, { title: 'Hijacked' }, 1), 'NOT_FOUND');
    await expectDesignerError(b.deleteKnowledge(page.id, 1), 'NOT_FOUND');
    await expectDesignerError(b.getKnowledgeUsage(page.id), 'NOT_FOUND');
    await expectDesignerError(b.getCallFlow(flow.id), 'NOT_FOUND');
    await expectDesignerError(b.saveDraft(flow.id, flow.draft, 1), 'NOT_FOUND');
    await expectDesignerError(b.publishCallFlow(flow.id, 1), 'NOT_FOUND');
    await expectDesignerError(
      b.recordCallSummary(callSummaryInput(flow.id, firstSonaStepId(flow.draft))),
      'NOT_FOUND',
    );

    // B's own flow may not attach A's job either.
    const own = await b.createCallFlow({ name: 'Other line' });
    await expectDesignerError(
      b.saveDraft(own.id, withJobIds(own.draft, firstSonaStepId(own.draft), [job.id]), 1),
      'VALIDATION',
    );

    expect((await b.listJobs()).total).toBe(0);
    expect((await b.listKnowledge()).total).toBe(0);
    expect((await b.listCallFlows()).map((row) => row.id)).toEqual([own.id]);
    expect(await a.getJob(job.id)).toEqual(job);
    expect((await b.exportWorkspace()).jobs).toEqual([]);
  });

  it('keeps the same ids in two workspaces apart after an import', async () => {
    const a = store.workspace(fresh());
    const b = store.workspace(fresh());
    await a.createJob(jobInput({ name: 'In A' }));
    await b.importWorkspace(await a.exportWorkspace(), { mode: 'replace' });
    const [inB] = (await b.listJobs()).items;
    if (!inB) throw new Error('The import stored nothing.');
    await b.updateJob(inB.id, { name: 'Changed in B' }, inB.version);
    expect((await a.getJob(inB.id)).name).toBe('In A');
  });
});

describe('Postgres store: text is stored verbatim', () => {
  it.each([
    "'); DROP TABLE jobs; --",
    '<script>alert("x")</script>',
    "Robert\"); DELETE FROM events WHERE ('1'='1",
    '$1 $2 \\x00 %_ \\ backslash',
    'Équipe de nuit 🌙 日本語',
  ])('keeps %s as it was typed, and finds it by search', async (text) => {
    const ops = store.workspace(fresh());
    const job = await ops.createJob(
      jobInput({ name: text, description: text, trigger: text, instructions: text }),
    );
    expect(await ops.getJob(job.id)).toMatchObject({ name: text, description: text, instructions: text });
    const page = await ops.createKnowledge(knowledgeInput({ title: text, content: text }));
    expect((await ops.getKnowledge(page.id)).content).toBe(text);
    expect((await ops.listJobs({ query: text })).items.map((item) => item.id)).toEqual([job.id]);
    expect((await ops.listKnowledge({ query: text })).items.map((item) => item.id)).toEqual([page.id]);
    // The tables are still there.
    expect((await ops.listJobs()).total).toBe(1);
  });
});

describe('Postgres store: lists', () => {
  it('sorts jobs by usage, then by name, counting draft and published steps', async () => {
    const ops = store.workspace(fresh());
    const [rare, common, unused] = [
      await ops.createJob(jobInput({ name: 'A rare job' })),
      await ops.createJob(jobInput({ name: 'B common job' })),
      await ops.createJob(jobInput({ name: 'C unused job' })),
    ];
    const one = await ops.createCallFlow({ name: 'One' });
    const two = await ops.createCallFlow({ name: 'Two' });
    await ops.saveDraft(one.id, withJobIds(one.draft, firstSonaStepId(one.draft), [common.id, rare.id]), 1);
    await ops.saveDraft(two.id, withJobIds(two.draft, firstSonaStepId(two.draft), [common.id]), 1);
    const page = await ops.listJobs({ sort: 'usage' });
    expect(page.items.map((job) => job.id)).toEqual([common.id, rare.id, unused.id]);
    await expectDesignerError(ops.deleteJob(common.id, 1), 'IN_USE');
  });

  it('pages with offset cursors and refuses a bad cursor with VALIDATION', async () => {
    const ops = store.workspace(fresh());
    for (let index = 0; index < 5; index++) await ops.createJob(jobInput({ name: `Job ${index}` }));
    const first = await ops.listJobs({ limit: 2 });
    expect(first.items.map((job) => job.name)).toEqual(['Job 0', 'Job 1']);
    expect(first.nextCursor).toBe('2');
    expect(first.total).toBe(5);
    const last = await ops.listJobs({ limit: 2, cursor: '4' });
    expect(last.items.map((job) => job.name)).toEqual(['Job 4']);
    expect(last.nextCursor).toBeNull();
    await expectDesignerError(ops.listJobs({ cursor: 'nope' }), 'VALIDATION');
  });
});
