// Phases of the import dialog made from the demo workspace, for its stories: each state can be seen without
// choosing a file.
import type { PathProblem } from '@sona-designer/core';
import { demoWorkspace } from '@sona-designer/core/demo';
import { type ImportMode, previewImport, type WorkspaceData } from '@sona-designer/core/io';
import type { ImportActions, ImportPhase, ReadyFile } from './importPhase';

const workspace: WorkspaceData = {
  jobs: demoWorkspace.jobs ?? [],
  knowledge: demoWorkspace.knowledge ?? [],
  callFlows: demoWorkspace.callFlows ?? [],
  callSummaries: demoWorkspace.callSummaries ?? [],
  testCases: demoWorkspace.testCases ?? [],
};

/** A backup from last week: two jobs renamed since, three created since (so a replace deletes them), no summaries. */
function backup(): WorkspaceData {
  const [first, second, ...rest] = workspace.jobs;
  if (!first || !second) throw new Error('The demo workspace has jobs.');
  return {
    ...workspace,
    jobs: [
      { ...first, name: `${first.name} (old)` },
      { ...second, trigger: `${second.trigger} Old wording.` },
      ...rest.slice(0, -3),
    ],
    callSummaries: [],
  };
}

const chosen = { name: 'cafe-lumiere-2026-11-30.json', size: 38_400_000 };

export const readyFile: ReadyFile = {
  ...chosen,
  size: 182_340,
  text: '',
  incoming: backup(),
  info: { kind: 'workspace', exportedAt: '2026-11-30T16:45:00.000Z' },
  migratedFrom: null,
  flowName: null,
  current: workspace,
};

const previewOf = (mode: ImportMode) => previewImport(readyFile.current, readyFile.incoming, mode);

const problems: PathProblem[] = [
  {
    path: '$.jobs[3].name',
    message: 'Name is required: give the job a short name, such as “Take a message”.',
  },
  { path: '$.jobs[7].version', message: 'A version starts at 1.' },
  {
    path: '$.callFlows[0].draft.steps[2].jobIds[4]',
    message:
      'The job “job-billing” attached to the step “Front desk” is not in this file: add it to "jobs", or detach it from the step.',
  },
  { path: '$', message: '…and 248 more problems of the same kinds: fix these first.' },
];

/** One phase of each kind, by story. */
export const importPhases = {
  choose: { name: 'choose', notice: null },
  tooLarge: { name: 'choose', notice: { kind: 'tooLarge', size: 61_200_000 } },
  reading: { name: 'reading', file: chosen, loaded: 17_280_000 },
  checking: { name: 'checking', file: chosen },
  problems: { name: 'problems', file: { name: 'broken-export.json', size: 90_112 }, problems },
  previewMerge: { name: 'preview', file: readyFile, mode: 'merge', preview: previewOf('merge') },
  previewReplace: { name: 'preview', file: readyFile, mode: 'replace', preview: previewOf('replace') },
  confirm: { name: 'confirm', file: readyFile, mode: 'replace', preview: previewOf('replace') },
  importing: { name: 'importing', file: readyFile, mode: 'merge', preview: previewOf('merge') },
  failed: {
    name: 'failed',
    file: readyFile,
    mode: 'merge',
    preview: previewOf('merge'),
    message: 'The workspace could not be reached. Check the connection and try again.',
  },
  done: {
    name: 'done',
    file: readyFile,
    outcome: {
      jobs: 23,
      knowledge: 4,
      callFlows: 3,
      callSummaries: 0,
      testCases: 0,
      migratedFrom: null,
      idsRemapped: 30,
    },
  },
} satisfies Record<string, ImportPhase>;

/** Actions that do nothing: a state story shows one phase and stays there. */
export const noImportActions: ImportActions = {
  choose: () => undefined,
  setMode: () => undefined,
  submit: () => undefined,
  confirm: () => undefined,
  back: () => undefined,
  reset: () => undefined,
};
