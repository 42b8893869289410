import { describe, expect, it } from 'vitest';
import { IMPORT_BOUNDS } from './bounds';
import { exportWorkspace } from './export';
import { parseImportDocument } from './import';
import { richWorkspace } from './workspace.fixture';

const EXPORTED_AT = new Date('2026-03-01T12:00:00Z');

function exportedDocument() {
  return JSON.parse(JSON.stringify(exportWorkspace(richWorkspace(), EXPORTED_AT)));
}

function problemsOf(input: unknown) {
  const result = parseImportDocument(input);
  if (result.ok) throw new Error('Expected the document to be refused.');
  return result.problems;
}

describe('import bounds', () => {
  it('refuses 10 million jobs with one problem, instead of collecting 10 million (it crashed Node)', () => {
    const text = `{"format":"sona-designer/workspace","schemaVersion":2,"jobs":[${'0,'.repeat(9_999_999)}0],"knowledge":[],"callFlows":[],"callSummaries":[]}`;
    expect(problemsOf(text)).toEqual([
      { path: '$.jobs', message: 'This holds 10,000,000 jobs; at most 20,000 can be imported at once.' },
    ]);
  });

  it('refuses a sparse list of length 10,000,000 without walking it', () => {
    const doc = exportedDocument();
    doc.callSummaries = [];
    doc.callSummaries.length = 10_000_000;
    expect(problemsOf(doc).map((problem) => problem.path)).toEqual(['$.callSummaries']);
  });

  it('refuses a text over the document bound before parsing it', () => {
    const text = `{"pad":"${'x'.repeat(IMPORT_BOUNDS.documentCharacters)}"}`;
    expect(problemsOf(text)).toEqual([
      { path: '$', message: expect.stringMatching(/^The file is about 50 MB; at most 50 MB/) },
    ]);
  });

  it('bounds the steps of each graph and the revisions of each flow, naming where', () => {
    const doc = exportedDocument();
    const flow = doc.callFlows[0];
    flow.draft.steps = Array.from({ length: IMPORT_BOUNDS.stepsPerGraph + 1 }, () => flow.draft.steps[0]);
    flow.revisions = Array.from({ length: IMPORT_BOUNDS.revisionsPerFlow + 1 }, () => flow.revisions[0]);
    expect(problemsOf(doc).map((problem) => problem.path)).toEqual([
      '$.callFlows[0].draft.steps',
      '$.callFlows[0].revisions',
    ]);
  });

  it('refuses an export date a million characters long', () => {
    const doc = exportedDocument();
    doc.exportedAt = '2'.repeat(1_000_000);
    expect(problemsOf(doc)).toEqual([
      { path: '$.exportedAt', message: expect.stringContaining('not a date') },
    ]);
  });

  it('lists the first problems and counts the rest', () => {
    const doc = exportedDocument();
    const job = doc.jobs[0];
    doc.jobs = Array.from({ length: 1_000 }, (_, index) => ({ ...job, id: `job-${index}`, name: '' }));
    const problems = problemsOf(doc);
    expect(problems).toHaveLength(IMPORT_BOUNDS.problems + 1);
    expect(problems.at(-1)?.message).toMatch(/^…and \d+ more problems/);
  });
});
