import { describe, expect, it } from 'vitest';
import { mergeWorkspace } from './merge';
import { exportFileName, previewImport } from './preview';
import type { WorkspaceData } from './types';
import { richWorkspace } from './workspace.fixture';

const EMPTY: WorkspaceData = { jobs: [], knowledge: [], callFlows: [], callSummaries: [], testCases: [] };
const ids = (records: { id: string }[]) => records.map((record) => record.id).sort();
let counter = 0;
const newId = (prefix: string) => `${prefix}-fresh-${++counter}`;

describe('previewImport', () => {
  it('into an empty workspace, everything is added and nothing is destructive in either mode', () => {
    const file = richWorkspace();
    for (const mode of ['merge', 'replace'] as const) {
      const preview = previewImport(EMPTY, file, mode);
      expect(ids(preview.jobs.added)).toEqual(ids(file.jobs));
      expect(preview.callFlows.added.map((flow) => flow.label)).toEqual(
        file.callFlows.map((flow) => flow.name),
      );
      expect(preview.destructive).toBe(false);
    }
  });

  it('merge of a workspace into itself names every record as remapped and leaves the workspace alone', () => {
    const workspace = richWorkspace();
    const preview = previewImport(workspace, workspace, 'merge');
    expect(ids(preview.jobs.remapped)).toEqual(ids(workspace.jobs));
    expect(preview.jobs.added).toEqual([]);
    expect(preview.jobs.unchanged).toBe(workspace.jobs.length);
    expect(preview.destructive).toBe(false);
    // The preview's count of renamed ids is what the merge does.
    const { idsRemapped } = mergeWorkspace(workspace, workspace, 'merge', newId);
    const kinds = [
      preview.jobs,
      preview.knowledge,
      preview.callFlows,
      preview.callSummaries,
      preview.testCases,
    ];
    expect(kinds.reduce((sum, kind) => sum + kind.remapped.length, 0)).toBe(idsRemapped);
  });

  it('replace names what is overwritten and what is deleted, and ignores records that differ only by version', () => {
    const workspace = richWorkspace();
    const [first, second, ...rest] = workspace.jobs;
    if (!first || !second) throw new Error('the fixture has two jobs');
    const file: WorkspaceData = {
      ...workspace,
      jobs: [
        { ...first, version: first.version + 5 },
        { ...second, name: 'Renamed in the file' },
      ],
      knowledge: [],
    };
    const preview = previewImport(workspace, file, 'replace');
    expect(preview.jobs.unchanged).toBe(1);
    expect(preview.jobs.replaced).toEqual([{ id: second.id, label: 'Renamed in the file' }]);
    expect(ids(preview.jobs.removed)).toEqual(ids(rest));
    expect(ids(preview.knowledge.removed)).toEqual(ids(workspace.knowledge));
    expect(preview.destructive).toBe(true);
  });

  it('replace with the same workspace changes nothing', () => {
    const workspace = richWorkspace();
    const preview = previewImport(workspace, workspace, 'replace');
    expect(preview.destructive).toBe(false);
    expect(preview.jobs.unchanged).toBe(workspace.jobs.length);
  });
});

describe('exportFileName', () => {
  const day = new Date(2026, 11, 7, 15, 30);

  it('joins the name in lower-case words with the local date', () => {
    expect(exportFileName('Main line', day)).toBe('main-line-2026-12-07.json');
  });

  it('removes accents and punctuation, keeps letters of any script', () => {
    expect(exportFileName('Café Lumière — ligne principale !', day)).toBe(
      'cafe-lumiere-ligne-principale-2026-12-07.json',
    );
    expect(exportFileName('東京 受付', day)).toBe('東京-受付-2026-12-07.json');
  });

  it('never gives a file name with control or direction characters, and falls back when nothing is left', () => {
    expect(exportFileName('\u202Egnp.exe', day)).toBe('gnp-exe-2026-12-07.json');
    expect(exportFileName('../../', day, 'workspace')).toBe('workspace-2026-12-07.json');
  });

  it('shortens long names without a trailing dash', () => {
    const name = exportFileName(`${'a'.repeat(59)} b`, day);
    expect(name).toBe(`${'a'.repeat(59)}-2026-12-07.json`);
  });
});
