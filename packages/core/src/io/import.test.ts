import { describe, expect, it } from 'vitest';
import { MAX_TEST_CASES_PER_FLOW } from '../model/testCase';
import { exportCallFlow, exportWorkspace } from './export';
import { parseImportDocument } from './import';
import { MIGRATIONS } from './migrate';
import { SCHEMA_VERSION, type WorkspaceData } from './types';
import { present, richWorkspace } from './workspace.fixture';

const EXPORTED_AT = new Date('2026-02-01T10:00:00Z');

/** A freshly exported workspace as a plain JSON object that tests may break. */
function exportedDocument() {
  return JSON.parse(JSON.stringify(exportWorkspace(richWorkspace(), EXPORTED_AT)));
}

function problemsOf(input: unknown) {
  const result = parseImportDocument(input);
  if (result.ok) throw new Error('Expected the document to be refused.');
  return result.problems;
}

function acceptedValue(input: unknown): WorkspaceData {
  const result = parseImportDocument(input);
  if (!result.ok) throw new Error(`Expected the document to be accepted: ${JSON.stringify(result.problems)}`);
  return result.value;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('parseImportDocument', () => {
  it('reads back exactly what was exported, from JSON text or a parsed value', () => {
    const data = richWorkspace();
    const text = JSON.stringify(exportWorkspace(data, EXPORTED_AT), null, 2);
    const result = parseImportDocument(text);
    expect(result).toEqual({
      ok: true,
      value: data,
      migratedFrom: null,
      info: { kind: 'workspace', exportedAt: EXPORTED_AT.toISOString() },
    });
    expect(acceptedValue(JSON.parse(text))).toEqual(data);
    expect(acceptedValue(`\uFEFF${text}`)).toEqual(data);
  });

  it('says where malformed JSON breaks', () => {
    const text = '{\n  "format": "sona-designer/workspace",\n  "jobs": [}\n}';
    expect(problemsOf(text)).toEqual([{ path: '$', message: expect.stringContaining('line 3, column 12') }]);
    expect(problemsOf(text)[0]?.message).toContain('unexpected “}”');
  });

  it('says when the JSON text is cut off or empty', () => {
    const text = JSON.stringify(exportedDocument());
    expect(problemsOf(text.slice(0, 200))[0]).toEqual({
      path: '$',
      message: expect.stringContaining('ends too early'),
    });
    expect(problemsOf('  ')).toEqual([{ path: '$', message: expect.stringContaining('empty') }]);
  });

  it('reports every problem of a document at once, each at its exact path', () => {
    const doc = exportedDocument();
    doc.jobs[1].name = 'x'.repeat(101);
    doc.knowledge[0].content = '';
    doc.callFlows[0].draft.steps[1].jobIds[0] = 'job-gone';
    const problems = problemsOf(doc);
    expect(problems.map((problem) => problem.path)).toEqual([
      '$.jobs[1].name',
      '$.knowledge[0].content',
      '$.callFlows[0].draft.steps[1].jobIds[0]',
    ]);
    expect(problems[0]?.message).toMatch(/Name is too long: 101 characters, the limit is 100/);
    expect(problems[1]?.message).toMatch(/^Content is required/);
    expect(problems[2]?.message).toMatch(
      /job “job-gone” attached to the step “Front desk” is not in this file/,
    );
  });

  it('refuses a version past 2^50, where later writes would run out of safe whole numbers', () => {
    const doc = exportedDocument();
    doc.jobs[0].version = Number.MAX_SAFE_INTEGER;
    doc.callFlows[0].version = 2 ** 50;
    expect(problemsOf(doc)).toEqual([
      { path: '$.jobs[0].version', message: `A version is at most ${2 ** 50}.` },
    ]);
  });

  it("refuses what the adapter's own writes refuse: orphan summaries, revisions twice or missing, script URLs", () => {
    const doc = exportedDocument();
    doc.callSummaries[0].callFlowId = 'flow-gone';
    const flow = doc.callFlows[0];
    flow.revisions = [...flow.revisions, { ...flow.revisions[0] }];
    const audio = structuredClone(doc);
    audio.callFlows[0].draft.steps.push({
      id: 'audio-1',
      kind: 'play-audio',
      title: 'Welcome',
      position: { x: 0, y: 0 },
      audioUrl: 'javascript:alert(1)',
    });
    const problems = problemsOf(doc);
    expect(problems.map((problem) => problem.path)).toEqual([
      '$.callFlows[0].revisions[1].revision',
      '$.callSummaries[0].callFlowId',
    ]);
    expect(problems[1]?.message).toContain('call flow “flow-gone”, which is not in this file');
    const unpublished = exportedDocument();
    unpublished.callFlows[0].revisions = [];
    expect(problemsOf(unpublished).map((problem) => problem.path)).toEqual([
      '$.callFlows[0].published.revision',
    ]);
    expect(problemsOf(audio).some((problem) => problem.message.includes('starting with https://'))).toBe(
      true,
    );
  });

  it('refuses a published graph that uses a job missing from the file', () => {
    const doc = exportedDocument();
    doc.callFlows[0].published.graph.steps[1].jobIds = ['job-message', 'job-deleted'];
    expect(problemsOf(doc)).toEqual([
      {
        path: '$.callFlows[0].published.graph.steps[1].jobIds[1]',
        message: expect.stringContaining('job-deleted'),
      },
    ]);
  });

  it('accepts an old revision that names a job deleted since', () => {
    const doc = exportedDocument();
    doc.callFlows[0].revisions[0].graph.steps[1].jobIds = ['job-deleted-long-ago'];
    expect(acceptedValue(doc).callFlows[0]?.revisions[0]?.graph.steps[1]).toMatchObject({
      jobIds: ['job-deleted-long-ago'],
    });
  });

  it('refuses duplicate ids and connections to steps that do not exist', () => {
    const doc = exportedDocument();
    doc.knowledge[1].id = 'kn-hours';
    doc.callSummaries.push({ ...doc.callSummaries[0] });
    doc.callFlows[1].draft.edges[0].target = 'nowhere';
    expect(problemsOf(doc)).toEqual([
      { path: '$.knowledge[1].id', message: expect.stringContaining('already has the id “kn-hours”') },
      { path: '$.callSummaries[1].id', message: expect.stringContaining('call-1') },
      { path: '$.callFlows[1].draft.edges[0].target', message: expect.stringContaining('“nowhere”') },
    ]);
  });

  it('names paths with keys that are not identifiers in bracket notation', () => {
    const doc = exportedDocument();
    doc.callSummaries[0].collected['callback number'] = 42;
    expect(problemsOf(doc)).toEqual([
      {
        path: '$.callSummaries[0].collected["callback number"]',
        message: 'Expected text, found the number 42.',
      },
    ]);
  });

  it('migrates a version 1 document: jobs without trigger or version, no call summaries', () => {
    const doc = exportedDocument();
    doc.schemaVersion = 1;
    delete doc.callSummaries;
    delete doc.testCases;
    for (const job of doc.jobs) {
      delete job.trigger;
      delete job.version;
    }
    const v1 = deepFreeze(doc);
    const result = parseImportDocument(v1);
    expect(result.ok && result.migratedFrom).toBe(1);
    const value = acceptedValue(v1);
    expect(value.jobs.map((job) => [job.trigger, job.version])).toEqual([
      ['', 1],
      ['', 1],
      ['', 1],
    ]);
    expect(value.callSummaries).toEqual([]);
    expect(value.testCases).toEqual([]);
    expect(value.callFlows).toEqual(richWorkspace().callFlows);
  });

  it('migrates a version 2 document, written before test cases: the workspace and each flow get none', () => {
    const doc = exportedDocument();
    doc.schemaVersion = 2;
    delete doc.testCases;
    const result = parseImportDocument(deepFreeze(doc));
    expect(result.ok && result.migratedFrom).toBe(2);
    const value = acceptedValue(doc);
    expect(value.testCases).toEqual([]);
    expect(value.callSummaries).toEqual(richWorkspace().callSummaries);

    const [flow] = richWorkspace().callFlows;
    const flowDoc = JSON.parse(JSON.stringify(exportCallFlow(present(flow), richWorkspace())));
    flowDoc.schemaVersion = 2;
    delete flowDoc.testCases;
    expect(acceptedValue(flowDoc).testCases).toEqual([]);
  });

  it('refuses a test case whose call flow is not in the file, and a flow with too many tests, with their paths', () => {
    const doc = exportedDocument();
    const [test] = doc.testCases;
    doc.testCases = [
      { ...test, id: 'test-orphan', callFlowId: 'flow-gone' },
      ...Array.from({ length: MAX_TEST_CASES_PER_FLOW + 1 }, (_, index) => ({
        ...test,
        id: `test-${index}`,
      })),
    ];
    expect(problemsOf(doc)).toEqual([
      {
        path: '$.testCases[0].callFlowId',
        message: expect.stringContaining('“flow-gone”, which is not in this file'),
      },
      {
        path: `$.testCases[${MAX_TEST_CASES_PER_FLOW + 1}].callFlowId`,
        message: expect.stringContaining(`more than ${MAX_TEST_CASES_PER_FLOW} test cases`),
      },
    ]);
  });

  it('accepts expectations naming steps, jobs and pages that no longer exist: such a test is meant to fail', () => {
    const doc = exportedDocument();
    doc.testCases[0].expectations = [
      { kind: 'reaches-step', stepId: 'step-deleted' },
      { kind: 'job-fires', jobId: 'job-deleted' },
      { kind: 'knowledge-quoted', pageId: 'kn-deleted' },
    ];
    expect(acceptedValue(doc).testCases[0]?.expectations).toHaveLength(3);
  });

  it('has a migration for every older schema version', () => {
    for (let version = 1; version < SCHEMA_VERSION; version++) {
      expect(MIGRATIONS.filter((migration) => migration.from === version)).toHaveLength(1);
    }
  });

  it('refuses a document from a newer version and says to update', () => {
    const doc = { ...exportedDocument(), schemaVersion: SCHEMA_VERSION + 1 };
    expect(problemsOf(doc)).toEqual([
      {
        path: '$.schemaVersion',
        message: expect.stringContaining('made by a newer version of Sona Designer; update to import it'),
      },
    ]);
  });

  it('refuses a document without a known format or a whole-number schema version', () => {
    const doc = exportedDocument();
    delete doc.format;
    doc.schemaVersion = '2';
    expect(problemsOf(doc).map((problem) => problem.path)).toEqual(['$.format', '$.schemaVersion']);
    expect(problemsOf({ ...exportedDocument(), format: 'voiceflow' })).toEqual([
      { path: '$.format', message: expect.stringContaining('“voiceflow”') },
    ]);
    expect(problemsOf({ ...exportedDocument(), schemaVersion: undefined })[0]?.path).toBe('$.schemaVersion');
  });

  it.each([null, [], 42, true, 'null', '"text"', '[1]'])(
    'refuses %j as a document without throwing',
    (input) => {
      expect(problemsOf(input)).toEqual([
        { path: '$', message: expect.stringContaining('not a Sona Designer export') },
      ]);
    },
  );

  it('survives deep nesting and prototype keys', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(problemsOf(deep)[0]?.path).toBe('$');
    let nested: unknown = 'bottom';
    for (let level = 0; level < 100_000; level++) nested = { nested };
    const doc = exportedDocument();
    doc.callSummaries[0].collected = nested;
    expect(problemsOf(doc)).toEqual([
      {
        path: '$.callSummaries[0].collected.nested.nested.nested',
        message: expect.stringContaining('nested more than 64 levels deep'),
      },
    ]);
    const text = JSON.stringify(exportedDocument())
      .replace('{"format"', '{"__proto__":{"polluted":true},"format"')
      .replace('{"id":"job-message"', '{"__proto__":{"polluted":true},"constructor":1,"id":"job-message"');
    const value = acceptedValue(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value.jobs[0])).toBe(Object.prototype);
    expect(value).toEqual(richWorkspace());
  });

  it('reads a call flow document as a workspace with that flow, its jobs, knowledge and tests, and no summaries', () => {
    const workspace = richWorkspace();
    const [flow] = workspace.callFlows;
    if (!flow) throw new Error('fixture has a flow');
    const value = acceptedValue(JSON.stringify(exportCallFlow(flow, workspace, EXPORTED_AT)));
    expect(value).toEqual({
      jobs: workspace.jobs.slice(0, 2),
      knowledge: workspace.knowledge.slice(0, 1),
      callFlows: [flow],
      callSummaries: [],
      testCases: workspace.testCases,
    });
  });

  it('refuses a call flow document that lacks a job its flow uses', () => {
    const workspace = richWorkspace();
    const [flow] = workspace.callFlows;
    if (!flow) throw new Error('fixture has a flow');
    const doc = exportCallFlow(flow, { jobs: workspace.jobs.slice(0, 1), knowledge: workspace.knowledge });
    expect(problemsOf(doc)).toEqual([
      { path: '$.callFlow.draft.steps[1].jobIds[1]', message: expect.stringContaining('“job-booking”') },
    ]);
  });
});
