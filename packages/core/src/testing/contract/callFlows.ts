import { describe, expect, it } from 'vitest';
import type { DesignerAdapter } from '../../adapter/types';
import type { CallFlow } from '../../model/callFlow';
import type { FlowGraph } from '../../model/graph';
import { hasErrors, validateGraph } from '../../rules/validateGraph';
import { expectDesignerError } from '../expectError';
import {
  firstSonaStepId,
  jobInput,
  withGreeting,
  withJobIds,
  withKnowledgeIds,
  withUnpublishableForward,
} from '../fixtures';
import type { AdapterFactory } from './factory';

async function newFlow(
  adapter: DesignerAdapter,
  name = 'Main line',
): Promise<{ flow: CallFlow; stepId: string }> {
  const flow = await adapter.createCallFlow({ name });
  return { flow, stepId: firstSonaStepId(flow.draft) };
}

/** Saves a draft whose Sona greeting is `greeting`, then returns the stored flow. */
async function saveGreeting(adapter: DesignerAdapter, flow: CallFlow, stepId: string, greeting: string) {
  return adapter.saveDraft(flow.id, withGreeting(flow.draft, stepId, greeting), flow.version);
}

function greetingOf(graph: FlowGraph, stepId: string): string | undefined {
  const step = graph.steps.find((candidate) => candidate.id === stepId);
  return step?.kind === 'sona' ? step.greeting : undefined;
}

export function describeCallFlowContract(make: AdapterFactory): void {
  describe('call flows: create and save drafts', () => {
    it('starts a new flow with an incoming call connected to one Sona step, unpublished', async () => {
      const adapter = await make();
      const flow = await adapter.createCallFlow({ name: '  Main line  ' });
      expect(flow.name).toBe('Main line');
      expect(flow.draft.steps.map((step) => step.kind).sort()).toEqual(['incoming-call', 'sona']);
      const start = flow.draft.steps.find((step) => step.kind === 'incoming-call');
      const sona = flow.draft.steps.find((step) => step.kind === 'sona');
      expect(flow.draft.edges).toEqual([expect.objectContaining({ source: start?.id, target: sona?.id })]);
      expect(flow.published).toBeNull();
      expect(flow.revisions).toEqual([]);
      expect(await adapter.getCallFlow(flow.id)).toEqual(flow);
    });

    it('refuses a blank name with VALIDATION', async () => {
      const adapter = await make();
      const error = await expectDesignerError(adapter.createCallFlow({ name: ' ' }), 'VALIDATION');
      expect(error.fieldErrors.name).toEqual(expect.any(String));
      expect(await adapter.listCallFlows()).toEqual([]);
    });

    it('answers NOT_FOUND for an unknown flow', async () => {
      const adapter = await make();
      await expectDesignerError(adapter.getCallFlow('no-such-flow'), 'NOT_FOUND');
      await expectDesignerError(adapter.publishCallFlow('no-such-flow', 1), 'NOT_FOUND');
      const { flow } = await newFlow(adapter);
      await expectDesignerError(adapter.saveDraft('no-such-flow', flow.draft, 1), 'NOT_FOUND');
    });

    it('saves a draft and increments the version', async () => {
      const adapter = await make();
      const { flow, stepId } = await newFlow(adapter);
      const saved = await saveGreeting(adapter, flow, stepId, 'Hello, how can I help?');
      expect(saved.version).toBe(flow.version + 1);
      expect(greetingOf(saved.draft, stepId)).toBe('Hello, how can I help?');
      expect(await adapter.getCallFlow(flow.id)).toEqual(saved);
    });

    it('refuses a draft saved on a stale version with CONFLICT carrying the stored flow, and keeps the draft', async () => {
      const adapter = await make();
      const { flow, stepId } = await newFlow(adapter);
      const theirs = await saveGreeting(adapter, flow, stepId, 'Their greeting');
      const error = await expectDesignerError(saveGreeting(adapter, flow, stepId, 'My greeting'), 'CONFLICT');
      expect(error.current).toEqual(theirs);
      expect(await adapter.getCallFlow(flow.id)).toEqual(theirs);
    });

    it('refuses a Sona step with 11 jobs (JOB_LIMIT) and keeps the draft', async () => {
      const adapter = await make();
      const jobs = [];
      for (let index = 1; index <= 11; index++)
        jobs.push(await adapter.createJob(jobInput({ name: `Job ${index}` })));
      const { flow, stepId } = await newFlow(adapter);
      const ids = jobs.map((job) => job.id);

      const ten = await adapter.saveDraft(
        flow.id,
        withJobIds(flow.draft, stepId, ids.slice(0, 10)),
        flow.version,
      );
      expect(ten.draft.steps.find((step) => step.id === stepId)).toMatchObject({ jobIds: ids.slice(0, 10) });
      await expectDesignerError(
        adapter.saveDraft(flow.id, withJobIds(ten.draft, stepId, ids), ten.version),
        'JOB_LIMIT',
      );
      expect(await adapter.getCallFlow(flow.id)).toEqual(ten);
    });

    it.each([
      [
        'a step with a blank title',
        (graph: FlowGraph) => ({ ...graph, steps: graph.steps.map((s) => ({ ...s, title: '' })) }),
      ],
      [
        'two steps with one id',
        (graph: FlowGraph) => ({ ...graph, steps: [...graph.steps, ...graph.steps] }),
      ],
      [
        'a step of an unknown kind',
        (graph: FlowGraph) => ({ ...graph, steps: [{ id: 'x', kind: 'teleport' }] }),
      ],
      ['steps that are not a list', (graph: FlowGraph) => ({ ...graph, steps: 'none' })],
    ])('refuses a draft with %s (VALIDATION) and keeps the draft', async (_label, breakGraph) => {
      const adapter = await make();
      const { flow } = await newFlow(adapter);
      const broken = breakGraph(structuredClone(flow.draft)) as unknown as FlowGraph;
      await expectDesignerError(adapter.saveDraft(flow.id, broken, flow.version), 'VALIDATION');
      expect(await adapter.getCallFlow(flow.id)).toEqual(flow);
    });

    it.each([
      ['job', withJobIds],
      ['knowledge page', withKnowledgeIds],
    ] as const)(
      'refuses a draft attaching a %s that does not exist (VALIDATION naming the step and the id), and keeps the draft',
      async (_noun, attach) => {
        const adapter = await make();
        const { flow, stepId } = await newFlow(adapter);
        const error = await expectDesignerError(
          adapter.saveDraft(flow.id, attach(flow.draft, stepId, ['no-such-record']), flow.version),
          'VALIDATION',
        );
        const title = flow.draft.steps.find((step) => step.id === stepId)?.title ?? '';
        expect(error.message).toContain('no-such-record');
        expect(error.message).toContain(title);
        expect(error.problems).toEqual([
          expect.objectContaining({
            path: expect.stringMatching(/^\$\.steps\[\d+\]\.(jobIds|knowledgeIds)\[0\]$/),
          }),
        ]);
        expect(await adapter.getCallFlow(flow.id)).toEqual(flow);
      },
    );

    it('refuses to restore a revision whose job was deleted since, naming it, and leaves the draft as it was', async () => {
      const adapter = await make();
      const job = await adapter.createJob(jobInput({ name: 'Old offer' }));
      const { flow, stepId } = await newFlow(adapter);
      const withJob = await adapter.saveDraft(
        flow.id,
        withJobIds(flow.draft, stepId, [job.id]),
        flow.version,
      );
      const first = await adapter.publishCallFlow(flow.id, withJob.version);
      const detached = await adapter.saveDraft(flow.id, withJobIds(first.draft, stepId, []), first.version);
      const second = await adapter.publishCallFlow(flow.id, detached.version);
      await adapter.deleteJob(job.id, job.version);

      const error = await expectDesignerError(
        adapter.restoreRevision(flow.id, 1, second.version),
        'VALIDATION',
      );
      expect(error.message).toContain(job.id);
      expect(error.problems).toHaveLength(1);
      const stored = await adapter.getCallFlow(flow.id);
      expect(stored).toEqual(second);
      expect(stored.draft.steps.flatMap((step) => (step.kind === 'sona' ? step.jobIds : []))).toEqual([]);
    });

    it('lists flows with their published revision and whether the draft has unpublished changes', async () => {
      const adapter = await make();
      const { flow, stepId } = await newFlow(adapter, 'Support line');
      const published = await adapter.publishCallFlow(flow.id, flow.version);
      expect(await adapter.listCallFlows()).toEqual([
        expect.objectContaining({
          id: flow.id,
          name: 'Support line',
          publishedRevision: 1,
          hasUnpublishedChanges: false,
        }),
      ]);
      const edited = await saveGreeting(adapter, published, stepId, 'Bonjour');
      expect(await adapter.listCallFlows()).toEqual([
        expect.objectContaining({
          id: flow.id,
          version: edited.version,
          publishedRevision: 1,
          hasUnpublishedChanges: true,
        }),
      ]);
    });
  });

  describe('call flows: publish and revisions', () => {
    it('publishes a copy of the draft as revision 1 then 2, appending revisions, without changing the draft', async () => {
      const adapter = await make();
      const { flow, stepId } = await newFlow(adapter);
      const first = await adapter.publishCallFlow(flow.id, flow.version);
      expect(first.draft).toEqual(flow.draft);
      expect(first.published).toMatchObject({ revision: 1, graph: flow.draft });
      expect(first.revisions.map((revision) => revision.revision)).toEqual([1]);
      expect(first.version).toBeGreaterThan(flow.version);

      const edited = await saveGreeting(adapter, first, stepId, 'Second greeting');
      const second = await adapter.publishCallFlow(flow.id, edited.version);
      expect(second.draft).toEqual(edited.draft);
      expect(second.published).toMatchObject({ revision: 2, graph: edited.draft });
      expect(second.revisions.map((revision) => revision.revision)).toEqual([1, 2]);
      expect(second.revisions[0]?.graph).toEqual(flow.draft);
      expect(second.revisions.at(-1)).toEqual(second.published);
      expect(await adapter.getCallFlow(flow.id)).toEqual(second);

      const revisions = await adapter.listRevisions(flow.id);
      expect([...revisions].sort((a, b) => a.revision - b.revision)).toEqual(second.revisions);
    });

    it('refuses to publish a graph that validateGraph reports errors for (INVALID_GRAPH) and publishes nothing', async () => {
      const adapter = await make();
      const { flow, stepId } = await newFlow(adapter);
      const first = await adapter.publishCallFlow(flow.id, flow.version);
      const broken = withUnpublishableForward(first.draft, stepId);
      expect(hasErrors(validateGraph(broken)), 'the fixture must be unpublishable').toBe(true);
      const saved = await adapter.saveDraft(flow.id, broken, first.version);

      const error = await expectDesignerError(
        adapter.publishCallFlow(flow.id, saved.version),
        'INVALID_GRAPH',
      );
      expect(error.issues.length).toBeGreaterThan(0);
      expect(error.issues.some((issue) => issue.severity === 'error')).toBe(true);
      const after = await adapter.getCallFlow(flow.id);
      expect(after).toEqual(saved);
      expect(after.published?.revision).toBe(1);
      expect(await adapter.listRevisions(flow.id)).toHaveLength(1);
    });

    it('refuses to publish on a stale version with CONFLICT', async () => {
      const adapter = await make();
      const { flow, stepId } = await newFlow(adapter);
      const edited = await saveGreeting(adapter, flow, stepId, 'Newer');
      await expectDesignerError(adapter.publishCallFlow(flow.id, flow.version), 'CONFLICT');
      expect(await adapter.getCallFlow(flow.id)).toEqual(edited);
    });

    it('restores a revision into the draft and leaves the published version as it is', async () => {
      const adapter = await make();
      const { flow, stepId } = await newFlow(adapter);
      const v1 = await adapter.publishCallFlow(
        flow.id,
        (await saveGreeting(adapter, flow, stepId, 'One')).version,
      );
      const v2 = await adapter.publishCallFlow(
        flow.id,
        (await saveGreeting(adapter, v1, stepId, 'Two')).version,
      );
      const current = await saveGreeting(adapter, v2, stepId, 'Three, unpublished');

      const restored = await adapter.restoreRevision(flow.id, 1, current.version);
      expect(greetingOf(restored.draft, stepId)).toBe('One');
      expect(restored.draft).toEqual(v1.published?.graph);
      expect(restored.published).toEqual(v2.published);
      expect(restored.revisions).toEqual(v2.revisions);
      expect(restored.version).toBeGreaterThan(current.version);
      expect(await adapter.getCallFlow(flow.id)).toEqual(restored);
    });

    it('refuses to restore on a stale version (CONFLICT) or an unknown revision (NOT_FOUND)', async () => {
      const adapter = await make();
      const { flow, stepId } = await newFlow(adapter);
      const published = await adapter.publishCallFlow(flow.id, flow.version);
      const edited = await saveGreeting(adapter, published, stepId, 'Edited');
      await expectDesignerError(adapter.restoreRevision(flow.id, 1, published.version), 'CONFLICT');
      await expectDesignerError(adapter.restoreRevision(flow.id, 7, edited.version), 'NOT_FOUND');
      expect(await adapter.getCallFlow(flow.id)).toEqual(edited);
    });

    it('lists no revisions before the first publish', async () => {
      const adapter = await make();
      const { flow } = await newFlow(adapter);
      expect(await adapter.listRevisions(flow.id)).toEqual([]);
    });
  });
}
