import { describe, expect, test } from 'vitest';
import { CallFlowSchema, JobSchema, LIMITS, validateGraph } from '..';
import { createInMemoryAdapter } from '../memory';
import { graphemeLength } from '../text';
import { LARGE_FLOW_ID, largeWorkspace } from './large';
import { demoWorkspace } from './workspace';

describe('largeWorkspace', () => {
  const workspace = largeWorkspace();
  const flow = workspace.callFlows.find((candidate) => candidate.id === LARGE_FLOW_ID);

  test('holds 10,000 valid jobs with unique ids, the demo’s own first, some at the instructions limit', () => {
    expect(workspace.jobs).toHaveLength(10_000);
    expect(new Set(workspace.jobs.map((job) => job.id)).size).toBe(10_000);
    expect(workspace.jobs.slice(0, demoWorkspace.jobs?.length)).toEqual(demoWorkspace.jobs);
    const long = workspace.jobs.filter((job) => graphemeLength(job.instructions) === LIMITS.jobInstructions);
    expect(long.length).toBeGreaterThanOrEqual(5);
    for (const job of workspace.jobs.filter((_, index) => index % 250 === 0)) {
      expect(JobSchema.safeParse(job).error?.issues ?? []).toEqual([]);
    }
  });

  test('adds a "Large flow" of exactly 500 steps that could be published: valid, no graph errors', () => {
    expect(flow?.name).toBe('Large flow');
    expect(flow?.draft.steps).toHaveLength(500);
    expect(CallFlowSchema.safeParse(flow).error?.issues ?? []).toEqual([]);
    const errors = validateGraph(flow?.draft ?? { steps: [], edges: [] }, {
      jobs: workspace.jobs,
      knowledge: workspace.knowledge,
    }).filter((issue) => issue.severity === 'error');
    expect(errors).toEqual([]);
  });

  test('is the same every time, and other sizes are exact too', () => {
    expect(largeWorkspace()).toEqual(workspace);
    const small = largeWorkspace({ jobs: 100, steps: 57 });
    expect(small.jobs).toHaveLength(100);
    const smallFlow = small.callFlows.find((candidate) => candidate.id === LARGE_FLOW_ID);
    expect(smallFlow?.draft.steps).toHaveLength(57);
    // With 74 generated jobs, only existing ones are attached: no unknown-job errors.
    const errors = validateGraph(smallFlow?.draft ?? { steps: [], edges: [] }, {
      jobs: small.jobs,
      knowledge: small.knowledge,
    }).filter((issue) => issue.severity === 'error');
    expect(errors).toEqual([]);
  });

  test('refuses a flow size it cannot build, saying which sizes it can', () => {
    expect(() => largeWorkspace({ steps: 6 })).toThrow(/7 to 515 steps; 6 was asked for/);
    expect(() => largeWorkspace({ steps: 516 })).toThrow(RangeError);
  });

  test('loads into the in-memory adapter: 10,000 jobs to page through and search', async () => {
    const adapter = createInMemoryAdapter({ seed: workspace });
    const page = await adapter.listJobs({ query: 'drain cleaning verdun', limit: 5 });
    expect(page.total).toBeGreaterThan(0);
    expect(page.items[0]?.name).toMatch(/drain cleaning — Verdun/);
    expect((await adapter.listJobs()).total).toBe(10_000);
    expect((await adapter.listCallFlows()).map((row) => row.name)).toContain('Large flow');
  });
});
