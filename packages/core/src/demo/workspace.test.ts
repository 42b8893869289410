import { describe, expect, test } from 'vitest';
import { CallFlowSchema, JobSchema, KnowledgePageSchema, validateGraph } from '..';
import { createInMemoryAdapter } from '../memory';
import { TestCaseSchema } from '../model/testCase';
import { demoWorkspace } from './workspace';

const { jobs = [], knowledge = [], callFlows = [], testCases = [] } = demoWorkspace;

describe('the demo workspace seed', () => {
  test('holds 26 jobs, 4 knowledge pages, 3 call flows and 6 test cases, each valid against the core schemas', () => {
    expect(jobs).toHaveLength(26);
    expect(knowledge).toHaveLength(4);
    expect(callFlows).toHaveLength(3);
    expect(testCases).toHaveLength(6);
    for (const job of jobs) expect(JobSchema.safeParse(job).error?.issues ?? []).toEqual([]);
    for (const page of knowledge) expect(KnowledgePageSchema.safeParse(page).error?.issues ?? []).toEqual([]);
    for (const flow of callFlows) expect(CallFlowSchema.safeParse(flow).error?.issues ?? []).toEqual([]);
    for (const test of testCases) expect(TestCaseSchema.safeParse(test).error?.issues ?? []).toEqual([]);
    const flowIds = callFlows.map((flow) => flow.id);
    expect(testCases.every((test) => flowIds.includes(test.callFlowId))).toBe(true);
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
    expect(await adapter.listTestCases('flow-main')).toHaveLength(6);
  });

  test('the main line has eight steps, with no graph warnings either, and the same after-hours menu published', () => {
    const mainLine = callFlows.find((flow) => flow.id === 'flow-main');
    const draft = mainLine?.draft ?? { steps: [], edges: [] };
    expect(draft.steps.map((step) => step.id)).toEqual([
      'start',
      'hours',
      'front-desk',
      'front-desk-end',
      'after-hours-menu',
      'on-call',
      'after-hours',
      'voicemail',
    ]);
    expect(validateGraph(draft, { jobs, knowledge })).toEqual([]);
    const menu = (graph: typeof draft) => graph.steps.find((step) => step.id === 'after-hours-menu');
    expect(menu(mainLine?.published?.graph ?? draft)).toEqual(menu(draft));
    // No two steps overlap on the canvas: steps are 260 px wide and at least 150 px tall.
    for (const [index, a] of draft.steps.entries()) {
      for (const b of draft.steps.slice(index + 1)) {
        const apart =
          Math.abs(a.position.x - b.position.x) >= 300 || Math.abs(a.position.y - b.position.y) >= 190;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
    }
  });

  test('reuses "Take a message" in several steps and leaves some jobs unattached', () => {
    const attached = callFlows.flatMap((flow) =>
      flow.draft.steps.flatMap((step) => (step.kind === 'sona' ? step.jobIds : [])),
    );
    expect(attached.filter((id) => id === 'job-take-message').length).toBeGreaterThanOrEqual(3);
    expect(jobs.filter((job) => !attached.includes(job.id)).length).toBeGreaterThan(0);
  });
});
