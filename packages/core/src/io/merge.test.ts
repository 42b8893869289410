import { describe, expect, it } from 'vitest';
import type { FlowGraph } from '../model/graph';
import { mergeWorkspace } from './merge';
import type { WorkspaceData } from './types';
import { present, richWorkspace } from './workspace.fixture';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Ids like `job-new-1`, in the order they are asked for. */
function counterIds(): (prefix: string) => string {
  let count = 0;
  return (prefix) => `${prefix}-new-${++count}`;
}

function sonaAttachments(graph: FlowGraph | undefined) {
  const step = graph?.steps.find((candidate) => candidate.kind === 'sona');
  return step?.kind === 'sona' ? { jobIds: step.jobIds, knowledgeIds: step.knowledgeIds } : undefined;
}

const EMPTY: WorkspaceData = { jobs: [], knowledge: [], callFlows: [], callSummaries: [], testCases: [] };

describe('mergeWorkspace', () => {
  it('replace keeps only the document, as a copy', () => {
    const current = { ...EMPTY, jobs: [{ ...present(richWorkspace().jobs[1]), id: 'job-gone' }] };
    const incoming = { ...EMPTY, jobs: richWorkspace().jobs.slice(0, 1) };
    const { data, idsRemapped } = mergeWorkspace(current, incoming, 'replace', counterIds());
    expect(data).toEqual(incoming);
    expect(data.jobs[0]).not.toBe(incoming.jobs[0]);
    expect(idsRemapped).toBe(0);
  });

  it('replace never rewinds a version: a record that lives on gets one above what it had, so stale editors conflict', () => {
    const current = richWorkspace();
    const [job, other] = current.jobs;
    if (!job || !other) throw new Error('the fixture has two jobs');
    const older = { ...job, version: 1, name: 'Older text' };
    const newer = { ...other, version: other.version + 5 };
    const flow = current.callFlows[0];
    if (!flow) throw new Error('the fixture has a flow');
    const incoming = { ...EMPTY, jobs: [older, newer], callFlows: [{ ...flow, version: 1 }] };
    const { data } = mergeWorkspace(current, incoming, 'replace', counterIds());
    expect(data.jobs.map((entry) => [entry.name, entry.version])).toEqual([
      ['Older text', job.version + 1],
      [newer.name, newer.version],
    ]);
    expect(data.callFlows[0]?.version).toBe(flow.version + 1);
  });

  it('merge appends entities whose ids are free without renaming them', () => {
    const current = { ...EMPTY, jobs: [{ ...present(richWorkspace().jobs[0]), id: 'job-other' }] };
    const incoming = richWorkspace();
    const { data, idsRemapped } = mergeWorkspace(current, incoming, 'merge', counterIds());
    expect(idsRemapped).toBe(0);
    expect(data.jobs.map((job) => job.id)).toEqual(['job-other', 'job-message', 'job-booking', 'job-unused']);
    expect(data.callFlows).toEqual(incoming.callFlows);
    expect(data.callSummaries).toEqual(incoming.callSummaries);
  });

  it('renames every colliding id and makes every reference follow, without changing the inputs', () => {
    const current = deepFreeze(richWorkspace());
    const incoming = deepFreeze(richWorkspace());
    const { data, idsRemapped } = mergeWorkspace(current, incoming, 'merge', counterIds());

    expect(idsRemapped).toBe(3 + 2 + 2 + 1 + 1);
    expect(current).toEqual(richWorkspace());
    expect(incoming).toEqual(richWorkspace());
    expect(data.jobs.map((job) => job.id)).toEqual([
      'job-message',
      'job-booking',
      'job-unused',
      'job-new-1',
      'job-new-2',
      'job-new-3',
    ]);
    expect(data.knowledge.map((page) => page.id)).toEqual(['kn-hours', 'kn-prices', 'kn-new-4', 'kn-new-5']);
    expect(data.callFlows.map((flow) => flow.id)).toEqual([
      'flow-main',
      'flow-after-hours',
      'flow-new-6',
      'flow-new-7',
    ]);

    const imported = data.callFlows[2];
    expect(sonaAttachments(imported?.draft)).toEqual({
      jobIds: ['job-new-1', 'job-new-2'],
      knowledgeIds: ['kn-new-4'],
    });
    expect(sonaAttachments(imported?.published?.graph)).toEqual({
      jobIds: ['job-new-1'],
      knowledgeIds: ['kn-new-4'],
    });
    expect(sonaAttachments(imported?.revisions[0]?.graph)).toEqual({
      jobIds: ['job-new-1'],
      knowledgeIds: ['kn-new-4'],
    });
    expect(data.callSummaries[1]).toMatchObject({
      id: 'call-new-8',
      callFlowId: 'flow-new-6',
      jobId: 'job-new-1',
    });
    // A test case follows its flow, and its expectations follow the jobs they name; step ids stay.
    expect(data.testCases.map((test) => test.id)).toEqual(['test-message', 'test-new-9']);
    expect(data.testCases[1]).toMatchObject({
      callFlowId: 'flow-new-6',
      expectations: [
        { kind: 'reaches-step', stepId: 'sona-1' },
        { kind: 'job-fires', jobId: 'job-new-1' },
      ],
    });

    // The workspace's own flow still points at its own jobs.
    expect(sonaAttachments(data.callFlows[0]?.draft)?.jobIds).toEqual(['job-message', 'job-booking']);
  });

  it('renames only what collides, and never hands out an id the document itself uses', () => {
    const current = { ...EMPTY, jobs: richWorkspace().jobs.slice(0, 1) };
    const incoming = richWorkspace();
    const offered = ['job-booking', 'job-unused', 'job-fresh'];
    const { data, idsRemapped } = mergeWorkspace(
      current,
      incoming,
      'merge',
      () => offered.shift() ?? 'exhausted',
    );
    expect(idsRemapped).toBe(1);
    expect(data.jobs.map((job) => job.id)).toEqual(['job-message', 'job-fresh', 'job-booking', 'job-unused']);
    expect(sonaAttachments(data.callFlows[0]?.draft)?.jobIds).toEqual(['job-fresh', 'job-booking']);
    expect(data.callSummaries[0]?.jobId).toBe('job-fresh');
  });
});
