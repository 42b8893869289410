import { describe, expect, it } from 'vitest';
import { isDesignerError } from '../errors';
import type { WorkspaceData, WorkspaceExport } from '../io/types';
import type { Job } from '../model/job';
import { expectDesignerError } from '../testing';
import { callSummaryInput, firstSonaStepId, jobInput, withGreeting, withJobIds } from '../testing/fixtures';
import { createInMemoryAdapter } from './inMemory';
import type { ChangeEvent, DesignerAdapter } from './types';

const seededJob: Job = {
  id: 'job-seeded',
  name: 'Seeded job',
  description: '',
  trigger: 'The caller asks about the seed',
  instructions: '1. Answer from the seed.',
  version: 3,
  createdAt: '2025-12-01T10:00:00.000Z',
  updatedAt: '2025-12-02T10:00:00.000Z',
};

function withoutExportedAt({ exportedAt: _ignored, ...rest }: WorkspaceExport) {
  return rest;
}

/** Every method once, with arguments that would succeed on a reachable workspace holding `seededJob`. */
function everyCall(adapter: DesignerAdapter): Array<[string, () => Promise<unknown>]> {
  return [
    ['listJobs', () => adapter.listJobs()],
    ['getJob', () => adapter.getJob(seededJob.id)],
    ['createJob', () => adapter.createJob(jobInput())],
    ['updateJob', () => adapter.updateJob(seededJob.id, { name: 'Changed' }, seededJob.version)],
    ['deleteJob', () => adapter.deleteJob(seededJob.id, seededJob.version)],
    ['getJobUsage', () => adapter.getJobUsage(seededJob.id)],
    ['listTemplates', () => adapter.listTemplates('en')],
    ['listKnowledge', () => adapter.listKnowledge()],
    ['createKnowledge', () => adapter.createKnowledge({ title: 'Hours', content: 'Open 9 to 5.' })],
    ['listCallFlows', () => adapter.listCallFlows()],
    ['createCallFlow', () => adapter.createCallFlow({ name: 'Main line' })],
    ['listCallSummaries', () => adapter.listCallSummaries()],
    ['exportWorkspace', () => adapter.exportWorkspace()],
    ['importWorkspace', () => adapter.importWorkspace({ jobs: [] }, { mode: 'replace' })],
  ];
}

describe('createInMemoryAdapter options', () => {
  it('with failureRate 1, rejects every call with a retryable UNAVAILABLE and stores nothing', async () => {
    const adapter = createInMemoryAdapter({ seed: { jobs: [seededJob] }, failureRate: 1 });
    const events: ChangeEvent[] = [];
    adapter.subscribe((event) => events.push(event));
    for (const [name, call] of everyCall(adapter)) {
      const error = await call().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(isDesignerError(error, 'UNAVAILABLE'), `${name} should fail with UNAVAILABLE`).toBe(true);
      expect(isDesignerError(error) && error.retryable, `${name} should be retryable`).toBe(true);
    }
    expect(events).toEqual([]);
  });

  it('changes nothing when a write fails with UNAVAILABLE', async () => {
    let reachable = true;
    // failureRate 0.5 with a random source we steer: 0 fails every call, 0.9 lets it through.
    const adapter = createInMemoryAdapter({ failureRate: 0.5, random: () => (reachable ? 0.9 : 0) });
    const job = await adapter.createJob(jobInput());
    const flow = await adapter.createCallFlow({ name: 'Main line' });
    const stepId = firstSonaStepId(flow.draft);
    const before = withoutExportedAt(await adapter.exportWorkspace());

    reachable = false;
    const writes: Array<() => Promise<unknown>> = [
      () => adapter.createJob(jobInput({ name: 'While down' })),
      () => adapter.updateJob(job.id, { name: 'While down' }, job.version),
      () => adapter.deleteJob(job.id, job.version),
      () => adapter.saveDraft(flow.id, withGreeting(flow.draft, stepId, 'While down'), flow.version),
      () => adapter.publishCallFlow(flow.id, flow.version),
      () => adapter.recordCallSummary(callSummaryInput(flow.id, stepId)),
      () => adapter.importWorkspace({ format: 'sona-designer/workspace' }, { mode: 'replace' }),
    ];
    for (const write of writes) await expectDesignerError(write(), 'UNAVAILABLE');

    reachable = true;
    expect(withoutExportedAt(await adapter.exportWorkspace())).toEqual(before);
  });

  it('waits latencyMs before answering', async () => {
    const adapter = createInMemoryAdapter({ latencyMs: 40 });
    const started = performance.now();
    await adapter.listJobs();
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });

  it('stamps every write with the injected clock', async () => {
    let clock = new Date('2026-01-31T09:00:00.000Z');
    const adapter = createInMemoryAdapter({ now: () => clock });
    const job = await adapter.createJob(jobInput());
    expect(job).toMatchObject({
      createdAt: '2026-01-31T09:00:00.000Z',
      updatedAt: '2026-01-31T09:00:00.000Z',
    });

    clock = new Date('2026-02-01T10:30:00.000Z');
    const updated = await adapter.updateJob(job.id, { name: 'Renamed' }, 1);
    expect(updated).toMatchObject({
      createdAt: '2026-01-31T09:00:00.000Z',
      updatedAt: '2026-02-01T10:30:00.000Z',
    });

    const flow = await adapter.createCallFlow({ name: 'Main line' });
    clock = new Date('2026-02-02T08:00:00.000Z');
    const published = await adapter.publishCallFlow(flow.id, flow.version);
    expect(published.published?.publishedAt).toBe('2026-02-02T08:00:00.000Z');
    expect(published.updatedAt).toBe('2026-02-02T08:00:00.000Z');
    const summary = await adapter.recordCallSummary(callSummaryInput(flow.id, firstSonaStepId(flow.draft)));
    expect(summary.createdAt).toBe('2026-02-02T08:00:00.000Z');
    expect((await adapter.exportWorkspace()).exportedAt).toBe('2026-02-02T08:00:00.000Z');
  });

  it('loads the seed, keeps its own copy of it, and gives new entities ids the seed does not use', async () => {
    const seed: Partial<WorkspaceData> = { jobs: [structuredClone(seededJob)] };
    const adapter = createInMemoryAdapter({ seed });
    expect(await adapter.getJob(seededJob.id)).toEqual(seededJob);

    const seeded = seed.jobs?.[0];
    if (seeded) seeded.name = 'Mutated seed';
    seed.jobs?.push({ ...seededJob, id: 'job-added-later' });
    expect(await adapter.getJob(seededJob.id)).toEqual(seededJob);
    await expectDesignerError(adapter.getJob('job-added-later'), 'NOT_FOUND');

    const updated = await adapter.updateJob(seededJob.id, { name: 'Updated' }, seededJob.version);
    expect(updated.version).toBe(seededJob.version + 1);
    expect(seed.jobs?.[0]?.version).toBe(seededJob.version);

    const created = await adapter.createJob(jobInput());
    expect(created.id).not.toBe(seededJob.id);
    expect((await adapter.listJobs()).total).toBe(2);
  });

  it('starts empty without a seed', async () => {
    const adapter = createInMemoryAdapter();
    const exported = await adapter.exportWorkspace();
    expect([exported.jobs, exported.knowledge, exported.callFlows, exported.callSummaries]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });
});

describe('listJobs sorted by usage', () => {
  it('puts the most used jobs first, then the rest by name', async () => {
    const adapter = createInMemoryAdapter();
    const [alpha, beta, gamma] = await Promise.all(
      ['Alpha', 'Beta', 'Gamma'].map((name) => adapter.createJob({ name, instructions: '1. Ask.' })),
    );
    const flow = await adapter.createCallFlow({ name: 'Main line' });
    const draft = {
      ...flow.draft,
      steps: flow.draft.steps.map((step) =>
        step.kind === 'sona' ? { ...step, jobIds: [gamma?.id ?? ''] } : step,
      ),
    };
    await adapter.saveDraft(flow.id, draft, flow.version);
    const page = await adapter.listJobs({ sort: 'usage' });
    expect(page.items.map((job) => job.name)).toEqual(['Gamma', 'Alpha', 'Beta']);
    void alpha;
    void beta;
  });
});

describe('the Sona step limits', () => {
  async function flowWithJobs(count: number) {
    const adapter = createInMemoryAdapter();
    const jobs = [];
    for (let index = 1; index <= count; index++)
      jobs.push(await adapter.createJob(jobInput({ name: `Job ${index}` })));
    const flow = await adapter.createCallFlow({ name: 'Main line' });
    return { adapter, flow, stepId: firstSonaStepId(flow.draft), ids: jobs.map((job) => job.id) };
  }

  it('refuses an 11th job with one JOB_LIMIT carrying one problem at the list', async () => {
    const { adapter, flow, stepId, ids } = await flowWithJobs(11);
    const error = await expectDesignerError(
      adapter.saveDraft(flow.id, withJobIds(flow.draft, stepId, ids), flow.version),
      'JOB_LIMIT',
    );
    expect(error.message).toBe('A Sona step holds at most 10 jobs: detach one from “Sona”.');
    expect(error.problems).toEqual([{ path: '$.steps[1].jobIds', message: error.message }]);
  });

  it('refuses a job attached twice with one VALIDATION problem at the copy', async () => {
    const { adapter, flow, stepId, ids } = await flowWithJobs(2);
    const [first = '', second = ''] = ids;
    const error = await expectDesignerError(
      adapter.saveDraft(flow.id, withJobIds(flow.draft, stepId, [first, second, first]), flow.version),
      'VALIDATION',
    );
    expect(error.problems).toEqual([
      { path: '$.steps[1].jobIds[2]', message: 'A job is attached twice: remove the copy.' },
    ]);
  });

  it('refuses to publish a seeded draft with 11 jobs, with one issue', async () => {
    const { adapter: source, flow, stepId, ids } = await flowWithJobs(11);
    const seed = await source.exportWorkspace();
    const overfull = { ...flow, draft: withJobIds(flow.draft, stepId, ids) };
    const adapter = createInMemoryAdapter({ seed: { jobs: seed.jobs, callFlows: [overfull] } });
    const error = await expectDesignerError(adapter.publishCallFlow(flow.id, flow.version), 'INVALID_GRAPH');
    expect(error.issues.map((issue) => issue.code)).toEqual(['TOO_MANY_JOBS']);
  });
});
