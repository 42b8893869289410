import { describe, expect, it } from 'vitest';
import { isDesignerError } from '../errors';
import type { FlowGraph, SonaStep } from '../model/graph';
import { createStep } from '../model/steps';
import { attachJob, attachKnowledge } from './attach';
import { sonaWithJobs } from './graphs.fixture';
import { checkSonaStepLimits } from './sonaStepLimits';
import { validateGraph } from './validateGraph';

const sona = (jobCount: number) => sonaWithJobs(jobCount) as SonaStep;
const graphOf = (step: SonaStep): FlowGraph => ({
  steps: [createStep('incoming-call', 's'), step],
  edges: [],
});
const jobsOf = (graph: FlowGraph) => (graph.steps[1] as SonaStep).jobIds;
const knownJobs = Array.from({ length: 12 }, (_, index) => ({ id: `job-${index + 1}` }));

/** The issues of a Sona step alone, with every id known: only its limits can be wrong. */
function stepIssues(step: SonaStep) {
  return validateGraph(graphOf(step), { jobs: knownJobs, knowledge: [{ id: 'kn-1' }] }).filter(
    (issue) => issue.severity === 'error',
  );
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('Expected a throw.');
}

const eleven = sona(11);
const withCopy = { ...sona(3), jobIds: ['job-1', 'job-2', 'job-1'] };

describe('checkSonaStepLimits', () => {
  it('accepts 10 different jobs and different pages', () => {
    expect(checkSonaStepLimits({ ...sona(10), knowledgeIds: ['kn-1', 'kn-2'] })).toEqual([]);
  });

  it('reports 11 jobs once, with the count, the maximum and a way out', () => {
    expect(checkSonaStepLimits(eleven)).toEqual([
      {
        code: 'TOO_MANY_JOBS',
        message: 'A Sona step holds at most 10 jobs: detach one from “Front desk”.',
        path: ['jobIds'],
        params: { count: 11, max: 10 },
      },
    ]);
    expect(checkSonaStepLimits({ jobIds: sona(12).jobIds, knowledgeIds: [] })[0]?.message).toBe(
      'A Sona step holds at most 10 jobs: detach 2.',
    );
  });

  it('reports each copy of a job or a page at its index', () => {
    expect(checkSonaStepLimits({ ...withCopy, knowledgeIds: ['kn-1', 'kn-2', 'kn-2'] })).toEqual([
      {
        code: 'DUPLICATE_JOB',
        message: 'A job is attached twice to “Front desk”: remove the copy.',
        path: ['jobIds', 2],
        params: { jobId: 'job-1' },
      },
      {
        code: 'DUPLICATE_KNOWLEDGE',
        message: 'A knowledge page is attached twice to “Front desk”: remove the copy.',
        path: ['knowledgeIds', 2],
        params: { knowledgeId: 'kn-2' },
      },
    ]);
  });
});

describe('one issue per broken limit', () => {
  it('validateGraph reports 11 jobs exactly once, as TOO_MANY_JOBS', () => {
    expect(stepIssues(eleven)).toEqual([
      expect.objectContaining({
        code: 'TOO_MANY_JOBS',
        stepId: 'front-desk',
        params: { count: 11, max: 10 },
      }),
    ]);
  });

  it('validateGraph reports a job attached twice exactly once, as DUPLICATE_JOB', () => {
    expect(stepIssues(withCopy)).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_JOB', stepId: 'front-desk', params: { jobId: 'job-1' } }),
    ]);
  });

  it('validateGraph reports a page attached twice exactly once, as a setting that is not valid', () => {
    expect(stepIssues({ ...sona(1), knowledgeIds: ['kn-1', 'kn-1'] })).toEqual([
      expect.objectContaining({ code: 'INVALID_SETTINGS', params: { field: 'knowledgeIds' } }),
    ]);
  });

  it('attachJob refuses the 11th job with one JOB_LIMIT worded by the rule', () => {
    const ten = graphOf(sona(10));
    const error = thrown(() => attachJob(ten, 'front-desk', 'job-11'));
    expect(isDesignerError(error, 'JOB_LIMIT')).toBe(true);
    expect((error as Error).message).toBe(checkSonaStepLimits(eleven)[0]?.message);
  });

  it('attachJob never makes a copy, and a copy already there does not block another job', () => {
    const graph = graphOf(withCopy);
    expect(attachJob(graph, 'front-desk', 'job-2')).toBe(graph);
    const next = attachJob(graph, 'front-desk', 'job-4');
    expect(jobsOf(next)).toEqual(['job-1', 'job-2', 'job-1', 'job-4']);
    expect(stepIssues(next.steps[1] as SonaStep).map((issue) => issue.code)).toEqual(['DUPLICATE_JOB']);
  });

  it('attachKnowledge never makes a copy', () => {
    const graph = attachKnowledge(graphOf(sona(1)), 'front-desk', 'kn-1');
    expect(attachKnowledge(graph, 'front-desk', 'kn-1')).toBe(graph);
  });
});
