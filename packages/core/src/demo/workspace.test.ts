import { describe, expect, test } from 'vitest';
import { CallFlowSchema, JobSchema, KnowledgePageSchema, validateGraph } from '..';
import { createInMemoryAdapter } from '../memory';
import { demoWorkspace } from './workspace';

const { jobs = [], knowledge = [], callFlows = [] } = demoWorkspace;

describe('the demo workspace seed', () => {
  test('holds 26 jobs, 4 knowledge pages and 3 call flows, each valid against the core schemas', () => {
    expect(jobs).toHaveLength(26);
    expect(knowledge).toHaveLength(4);
    expect(callFlows).toHaveLength(3);
    for (const job of jobs) expect(JobSchema.safeParse(job).error?.issues ?? []).toEqual([]);
    for (const page of knowledge) expect(KnowledgePageSchema.safeParse(page).error?.issues ?? []).toEqual([]);
    for (const flow of callFlows) expect(CallFlowSchema.safeParse(flow).error?.issues ?? []).toEqual([]);
  });

  test('every draft and revision could be published: no graph errors, every job and page exists', () => {
    for (const flow of callFlows) {
      for (const graph of [flow.draft, ...flow.revisions.map((revision) => revision.graph)]) {
        const errors = validateGraph(graph, { jobs, knowledge }).filter(
          (issue) => issue.severity === 'error',
        );
        expect(errors, `${flow.name}`).toEqual([]);
      }
    }
  });

  test('lists the main line with unpublished changes, the sales line up to date and support never published', async () => {
    const adapter = createInMemoryAdapter({ seed: demoWorkspace });
    const rows = await adapter.listCallFlows();
    const byName = Object.fromEntries(rows.map((row) => [row.name, row]));

    expect(byName['Main line']).toMatchObject({ publishedRevision: 1, hasUnpublishedChanges: true });
    expect(byName['Sales line']).toMatchObject({ publishedRevision: 2, hasUnpublishedChanges: false });
    expect(byName['Support line']).toMatchObject({ publishedRevision: null });
    expect((await adapter.listJobs({ limit: 100 })).total).toBe(26);
  });

  test('reuses "Take a message" in several steps and leaves some jobs unattached', () => {
    const attached = callFlows.flatMap((flow) =>
      flow.draft.steps.flatMap((step) => (step.kind === 'sona' ? step.jobIds : [])),
    );
    expect(attached.filter((id) => id === 'job-take-message').length).toBeGreaterThanOrEqual(3);
    expect(jobs.filter((job) => !attached.includes(job.id)).length).toBeGreaterThan(0);
  });
});
