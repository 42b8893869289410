import { describe, expect, it } from 'vitest';
import { exportWorkspace } from '../io/export';
import { expectDesignerError } from '../testing';
import {
  callSummaryInput,
  firstSonaStepId,
  jobInput,
  knowledgeInput,
  testCaseInput,
  withGreeting,
} from '../testing/fixtures';
import type { InMemoryAdapter, InMemoryCommit } from './commit';
import { createInMemoryAdapter } from './inMemory';
import type { ChangeEvent } from './types';

/** Two copies of one workspace: every commit of `a` is applied to `b` (not the other way round). */
function mirroredPair(): { a: InMemoryAdapter; b: InMemoryAdapter; commits: InMemoryCommit[] } {
  const commits: InMemoryCommit[] = [];
  const b = createInMemoryAdapter();
  const a = createInMemoryAdapter({
    onCommit: (commit) => {
      commits.push(commit);
      b.applyCommit(structuredClone(commit));
    },
  });
  return { a, b, commits };
}

function listen(adapter: InMemoryAdapter): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  adapter.subscribe((event) => events.push(event));
  return events;
}

describe('in-memory adapter commits', () => {
  it('reports each stored write with its records, and another copy applying them ends up identical', async () => {
    const { a, b, commits } = mirroredPair();
    const job = await a.createJob(jobInput());
    await a.updateJob(job.id, { name: 'Take a detailed message' }, 1);
    const page = await a.createKnowledge(knowledgeInput());
    const flow = await a.createCallFlow({ name: 'Main line' });
    const stepId = firstSonaStepId(flow.draft);
    const saved = await a.saveDraft(flow.id, withGreeting(flow.draft, stepId, 'Hello!'), flow.version);
    await a.publishCallFlow(flow.id, saved.version);
    await a.recordCallSummary(callSummaryInput(flow.id, stepId));
    await a.deleteKnowledge(page.id, page.version);

    expect(commits.map((commit) => commit.event.type)).toEqual([
      'job-created',
      'job-updated',
      'knowledge-created',
      'call-flow-created',
      'call-flow-updated',
      'call-flow-published',
      'call-summary-recorded',
      'knowledge-deleted',
    ]);
    expect(commits[1]).toMatchObject({ job: { id: job.id, name: 'Take a detailed message', version: 2 } });
    expect(b.snapshot()).toEqual(a.snapshot());
  });

  it('carries test case writes to another copy, which then refuses a stale save of one (CONFLICT)', async () => {
    const { a, b, commits } = mirroredPair();
    const flow = await a.createCallFlow({ name: 'Main line' });
    const events = listen(b);
    const test = await a.createTestCase(testCaseInput(flow.id));
    const renamed = await a.updateTestCase(test.id, { name: 'Renamed in the other tab' }, 1);
    const gone = await a.createTestCase(testCaseInput(flow.id, { name: 'Deleted soon' }));
    await a.deleteTestCase(gone.id, 1);

    expect(commits.slice(1).map((commit) => commit.event.type)).toEqual([
      'test-case-created',
      'test-case-updated',
      'test-case-created',
      'test-case-deleted',
    ]);
    expect(events).toContainEqual({ type: 'test-case-deleted', id: gone.id, callFlowId: flow.id });
    expect(b.snapshot()).toEqual(a.snapshot());
    expect(await b.listTestCases(flow.id)).toEqual([renamed]);
    const error = await expectDesignerError(b.updateTestCase(test.id, { name: 'Stale' }, 1), 'CONFLICT');
    expect(error.current).toEqual(renamed);
    const [, created] = commits;
    if (!created) throw new Error('Expected the test case commit.');
    expect(b.applyCommit(created)).toBe(false);
  });

  it('tells the subscribers of the copy that applies a commit, with the same event', async () => {
    const { a, b } = mirroredPair();
    const events = listen(b);
    const job = await a.createJob(jobInput());
    await a.updateJob(job.id, { name: 'Renamed' }, 1);
    await a.deleteJob(job.id, 2);
    expect(events).toEqual([
      { type: 'job-created', id: job.id, version: 1 },
      { type: 'job-updated', id: job.id, version: 2 },
      { type: 'job-deleted', id: job.id },
    ]);
  });

  it('refuses a save based on a version older than an applied commit (CONFLICT), and keeps the applied text', async () => {
    const { a, b } = mirroredPair();
    const job = await a.createJob(jobInput());
    await a.updateJob(job.id, { name: 'Their name' }, 1);

    const error = await expectDesignerError(b.updateJob(job.id, { name: 'My name' }, 1), 'CONFLICT');
    expect(error.current).toMatchObject({ name: 'Their name', version: 2 });
    expect((await b.getJob(job.id)).name).toBe('Their name');
  });

  it('ignores a commit it already holds, or one older than what it holds, without telling anyone', async () => {
    const { a, b, commits } = mirroredPair();
    const job = await a.createJob(jobInput());
    await a.updateJob(job.id, { name: 'Second' }, 1);
    const events = listen(b);

    const [created, updated] = commits;
    if (!created || !updated) throw new Error('Expected two commits.');
    expect(b.applyCommit(updated)).toBe(false);
    expect(b.applyCommit(created)).toBe(false);
    expect((await b.getJob(job.id)).name).toBe('Second');
    expect(events).toEqual([]);
  });

  it('does not report applied commits again (no echo between two copies)', async () => {
    const fromB: InMemoryCommit[] = [];
    const b = createInMemoryAdapter({ onCommit: (commit) => fromB.push(commit) });
    const a = createInMemoryAdapter({ onCommit: (commit) => b.applyCommit(commit) });
    await a.createJob(jobInput());
    expect(fromB).toEqual([]);
    expect((await b.listJobs()).total).toBe(1);
  });

  it('replaces the whole workspace on an import commit', async () => {
    const { a, b } = mirroredPair();
    await a.createJob(jobInput({ name: 'Gone after the import' }));
    const seed = createInMemoryAdapter();
    await seed.createJob(jobInput({ name: 'From the file' }));
    const events = listen(b);

    await a.importWorkspace(exportWorkspace(seed.snapshot()), { mode: 'replace' });

    expect((await b.listJobs()).items.map((job) => job.name)).toEqual(['From the file']);
    expect(events).toEqual([{ type: 'workspace-imported' }]);
  });

  it('gives out copies: changing a snapshot or a reported record changes nothing stored', async () => {
    const commits: InMemoryCommit[] = [];
    const a = createInMemoryAdapter({ onCommit: (commit) => commits.push(commit) });
    const job = await a.createJob(jobInput());
    const snapshot = a.snapshot();
    const first = snapshot.jobs[0];
    if (first) first.name = 'Changed through the snapshot';
    const commit = commits[0];
    if (commit && 'job' in commit) commit.job.name = 'Changed through the commit';
    expect((await a.getJob(job.id)).name).toBe('Take a message');
  });
});
