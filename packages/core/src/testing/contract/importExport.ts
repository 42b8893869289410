import { describe, expect, it } from 'vitest';
import type { DesignerAdapter } from '../../adapter/types';
import type { WorkspaceExport } from '../../io/types';
import { expectDesignerError } from '../expectError';
import {
  callSummaryInput,
  firstSonaStepId,
  jobInput,
  knowledgeInput,
  testCaseInput,
  withJobIds,
  withKnowledgeIds,
} from '../fixtures';
import type { AdapterFactory } from './factory';

/** A small workspace with every kind of entity, built through the adapter. */
async function buildWorkspace(adapter: DesignerAdapter): Promise<void> {
  const message = await adapter.createJob(jobInput());
  await adapter.createJob(jobInput({ name: 'Équipe de nuit', trigger: '' }));
  const hours = await adapter.createKnowledge(knowledgeInput());
  const flow = await adapter.createCallFlow({ name: 'Main line', phoneNumber: '+33 1 23 45 67 89' });
  const stepId = firstSonaStepId(flow.draft);
  const graph = withKnowledgeIds(withJobIds(flow.draft, stepId, [message.id]), stepId, [hours.id]);
  const saved = await adapter.saveDraft(flow.id, graph, flow.version);
  await adapter.publishCallFlow(flow.id, saved.version);
  await adapter.createCallFlow({ name: 'Never published' });
  await adapter.recordCallSummary(callSummaryInput(flow.id, stepId, { jobId: message.id }));
  await adapter.createTestCase(
    testCaseInput(flow.id, { expectations: [{ kind: 'job-fires', jobId: message.id }] }),
  );
}

type Entity = { id: string };
const byId = (a: Entity, b: Entity) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The data of an export, without the moment it was taken and in a stable order. */
function content(exported: WorkspaceExport) {
  const { exportedAt: _ignored, ...rest } = exported;
  return {
    ...rest,
    jobs: [...rest.jobs].sort(byId),
    knowledge: [...rest.knowledge].sort(byId),
    callFlows: [...rest.callFlows].sort(byId),
    callSummaries: [...rest.callSummaries].sort(byId),
    testCases: [...rest.testCases].sort(byId),
  };
}

export function describeImportExportContract(make: AdapterFactory): void {
  describe('import and export', () => {
    it('a replace import never rewinds a version: an editor open before it meets CONFLICT, not the old text', async () => {
      const adapter = await make();
      const job = await adapter.createJob(jobInput({ name: 'Take a message' }));
      const backup = await adapter.exportWorkspace();
      const edited = await adapter.updateJob(job.id, { name: 'Take a message, v2' }, job.version);
      await adapter.importWorkspace(backup, { mode: 'replace' });

      const restored = await adapter.getJob(job.id);
      expect(restored.name).toBe('Take a message');
      expect(restored.version).toBeGreaterThan(edited.version);
      await expectDesignerError(adapter.updateJob(job.id, { name: 'Stale tab' }, edited.version), 'CONFLICT');
      expect((await adapter.getJob(job.id)).name).toBe('Take a message');
    });

    it('exports a versioned document that a fresh workspace imports (replace) to the same data', async () => {
      const source = await make();
      await buildWorkspace(source);
      const exported = await source.exportWorkspace();
      expect(exported.format).toBe('sona-designer/workspace');
      expect(exported.schemaVersion).toEqual(expect.any(Number));
      expect(exported).toMatchObject({
        jobs: expect.arrayContaining([expect.objectContaining({ name: 'Équipe de nuit' })]),
      });

      const target = await make();
      const outcome = await target.importWorkspace(structuredClone(exported), { mode: 'replace' });
      expect(outcome).toMatchObject({ jobs: 2, knowledge: 1, callFlows: 2, callSummaries: 1, testCases: 1 });
      expect(content(await target.exportWorkspace())).toEqual(content(exported));
      expect((await target.listJobs({ query: 'equipe' })).total).toBe(1);
    });

    it('replaces what the workspace held before', async () => {
      const source = await make();
      await buildWorkspace(source);
      const exported = await source.exportWorkspace();
      const target = await make();
      const old = await target.createJob(jobInput({ name: 'Only in the target' }));
      await target.importWorkspace(exported, { mode: 'replace' });
      await expectDesignerError(target.getJob(old.id), 'NOT_FOUND');
      expect((await target.listJobs()).total).toBe(2);
    });

    it('rejects a malformed document with VALIDATION listing JSON paths, and changes nothing', async () => {
      const adapter = await make();
      await buildWorkspace(adapter);
      const before = await adapter.exportWorkspace();
      const broken = structuredClone(before) as unknown as {
        jobs: Array<Record<string, unknown>>;
        callFlows: Array<{ draft: { steps: Array<Record<string, unknown>> } }>;
      };
      const firstJob = broken.jobs[0];
      const firstStep = broken.callFlows[0]?.draft.steps[0];
      if (!firstJob || !firstStep) throw new Error('setup failed');
      firstJob.name = '';
      firstStep.kind = 'teleport';

      const error = await expectDesignerError(
        adapter.importWorkspace(broken, { mode: 'replace' }),
        'VALIDATION',
      );
      expect(error.problems.length).toBeGreaterThanOrEqual(2);
      for (const problem of error.problems) {
        expect(problem.path).toMatch(/^\$/);
        expect(problem.message).toEqual(expect.any(String));
      }
      expect(error.problems.map((problem) => problem.path)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^\$\.jobs\[0\]/),
          expect.stringMatching(/^\$\.callFlows\[0\]/),
        ]),
      );
      expect(content(await adapter.exportWorkspace())).toEqual(content(before));
    });

    it.each([
      ['text', 'not a workspace'],
      ['null', null],
      ['an object of another format', { format: 'something-else', jobs: [] }],
      [
        'a document whose jobs are not a list',
        { format: 'sona-designer/workspace', schemaVersion: 2, jobs: {} },
      ],
    ])('rejects %s with VALIDATION and changes nothing', async (_label, document) => {
      const adapter = await make();
      await buildWorkspace(adapter);
      const before = await adapter.exportWorkspace();
      const error = await expectDesignerError(
        adapter.importWorkspace(document, { mode: 'replace' }),
        'VALIDATION',
      );
      expect(error.problems.length).toBeGreaterThan(0);
      expect(content(await adapter.exportWorkspace())).toEqual(content(before));
    });
  });
}
