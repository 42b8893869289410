import { describe, expect, it } from 'vitest';
import { exportCallFlow, exportWorkspace } from './export';
import { CALL_FLOW_FORMAT, SCHEMA_VERSION, WORKSPACE_FORMAT } from './types';
import { present, richWorkspace } from './workspace.fixture';

const NOW = new Date('2026-02-01T10:00:00Z');

describe('exportWorkspace', () => {
  it('writes the format, schema version and date before a copy of everything', () => {
    const data = richWorkspace();
    const doc = exportWorkspace(data, NOW);
    expect(Object.keys(doc).slice(0, 3)).toEqual(['format', 'schemaVersion', 'exportedAt']);
    expect(doc).toMatchObject({
      format: WORKSPACE_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: NOW.toISOString(),
    });
    expect(doc).toMatchObject(data);
    expect(JSON.parse(JSON.stringify(doc))).toStrictEqual(doc);
  });

  it('shares nothing with the workspace', () => {
    const data = richWorkspace();
    const doc = exportWorkspace(data, NOW);
    present(doc.jobs[0]).name = 'Changed in the file';
    present(doc.callFlows[0]).draft.steps.pop();
    expect(data).toEqual(richWorkspace());
  });
});

describe('exportCallFlow', () => {
  it('carries only the jobs and knowledge pages the draft or published graph uses', () => {
    const workspace = richWorkspace();
    const flow = present(workspace.callFlows[0], 'call flow');
    const doc = exportCallFlow(flow, workspace, NOW);
    expect(doc).toMatchObject({ format: CALL_FLOW_FORMAT, schemaVersion: SCHEMA_VERSION, callFlow: flow });
    expect(doc.jobs.map((job) => job.id)).toEqual(['job-message', 'job-booking']);
    expect(doc.knowledge.map((page) => page.id)).toEqual(['kn-hours']);
  });

  it('includes a job that only the published graph still uses', () => {
    const workspace = richWorkspace();
    const flow = present(workspace.callFlows[0], 'call flow');
    const published = present(flow.published, 'published revision').graph.steps.find(
      (step) => step.kind === 'sona',
    );
    if (published?.kind === 'sona') published.jobIds = ['job-unused'];
    const doc = exportCallFlow(flow, workspace, NOW);
    expect(doc.jobs.map((job) => job.id)).toEqual(['job-message', 'job-booking', 'job-unused']);
  });
});
