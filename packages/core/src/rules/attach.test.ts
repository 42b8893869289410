import { describe, expect, it } from 'vitest';
import { isDesignerError } from '../errors';
import type { FlowGraph } from '../model/graph';
import { createStarterGraph } from '../model/steps';
import { attachJob, detachJob, reorderJob } from './attach';
import { sonaWithJobs } from './graphs.fixture';

const graphWith = (count: number): FlowGraph => ({ steps: [sonaWithJobs(count)], edges: [] });
const jobsOf = (graph: FlowGraph) => (graph.steps[0] as { jobIds: string[] }).jobIds;

describe('attachJob', () => {
  it('attaches a job to a Sona step and returns a new graph, leaving the old one as it was', () => {
    const before = createStarterGraph();
    const after = attachJob(before, 'sona-1', 'job-x');
    expect(after).not.toBe(before);
    expect(after.steps[1]).toMatchObject({ jobIds: ['job-x'] });
    expect(before.steps[1]).toMatchObject({ jobIds: [] });
  });

  it('accepts the 10th job and refuses the 11th with JOB_LIMIT and a way out', () => {
    const ten = attachJob(graphWith(9), 'front-desk', 'job-10');
    expect(jobsOf(ten)).toHaveLength(10);
    let error: unknown;
    try {
      attachJob(ten, 'front-desk', 'job-11');
    } catch (caught) {
      error = caught;
    }
    expect(isDesignerError(error, 'JOB_LIMIT')).toBe(true);
    expect((error as Error).message).toContain('detach one from “Front desk”');
  });

  it('changes nothing when the job is already attached, even at 10 of 10', () => {
    const ten = graphWith(10);
    expect(attachJob(ten, 'front-desk', 'job-3')).toBe(ten);
  });

  it('refuses steps that are not Sona steps and unknown steps', () => {
    const graph = createStarterGraph();
    expect(() => attachJob(graph, 'start', 'job-x')).toThrow(/Sona steps only/);
    expect(() => attachJob(graph, 'nope', 'job-x')).toThrow(/no step/);
  });
});

describe('detachJob', () => {
  it('detaches and frees a place for another job', () => {
    const ten = graphWith(10);
    const nine = detachJob(ten, 'front-desk', 'job-4');
    expect(jobsOf(nine)).not.toContain('job-4');
    expect(jobsOf(attachJob(nine, 'front-desk', 'job-new'))).toHaveLength(10);
  });

  it('returns the same graph when the job was not attached', () => {
    const graph = graphWith(2);
    expect(detachJob(graph, 'front-desk', 'job-9')).toBe(graph);
  });
});

describe('reorderJob', () => {
  it('moves a job to a new position', () => {
    expect(jobsOf(reorderJob(graphWith(3), 'front-desk', 'job-3', 0))).toEqual(['job-3', 'job-1', 'job-2']);
    expect(jobsOf(reorderJob(graphWith(3), 'front-desk', 'job-1', 99))).toEqual(['job-2', 'job-3', 'job-1']);
  });
});
