import { describe, expect, it } from 'vitest';
import { firstSonaStepId, jobInput, withJobIds } from '../fixtures';
import type { AdapterFactory } from './factory';

export function describeLiveVsPublishContract(make: AdapterFactory): void {
  describe('live job edits versus published attachments', () => {
    it('keeps the published graph as it was when a job is attached in the draft, until the next publish', async () => {
      const adapter = await make();
      const job = await adapter.createJob(jobInput());
      const flow = await adapter.createCallFlow({ name: 'Main line' });
      const stepId = firstSonaStepId(flow.draft);
      const published = await adapter.publishCallFlow(flow.id, flow.version);

      const attached = await adapter.saveDraft(
        flow.id,
        withJobIds(published.draft, stepId, [job.id]),
        published.version,
      );
      expect(attached.published).toEqual(published.published);
      expect(attached.published?.graph.steps.find((step) => step.id === stepId)).toMatchObject({
        jobIds: [],
      });
      expect(await adapter.getJobUsage(job.id)).toEqual([
        expect.objectContaining({ callFlowId: flow.id, stepId, inDraft: true, inPublished: false }),
      ]);

      const republished = await adapter.publishCallFlow(flow.id, attached.version);
      expect(republished.published?.graph.steps.find((step) => step.id === stepId)).toMatchObject({
        jobIds: [job.id],
      });
      expect(await adapter.getJobUsage(job.id)).toEqual([
        expect.objectContaining({ callFlowId: flow.id, stepId, inDraft: true, inPublished: true }),
      ]);
    });

    it('applies a job edit at once to every flow that uses it: flows reference the job by id, never a copy', async () => {
      const adapter = await make();
      const job = await adapter.createJob(jobInput({ instructions: '1. Old instruction text.' }));
      const flowIds: string[] = [];
      for (const name of ['Main line', 'After hours']) {
        const flow = await adapter.createCallFlow({ name });
        const stepId = firstSonaStepId(flow.draft);
        const saved = await adapter.saveDraft(
          flow.id,
          withJobIds(flow.draft, stepId, [job.id]),
          flow.version,
        );
        await adapter.publishCallFlow(flow.id, saved.version);
        flowIds.push(flow.id);
      }

      const edited = await adapter.updateJob(
        job.id,
        { instructions: '1. New instruction text.' },
        job.version,
      );
      for (const flowId of flowIds) {
        const flow = await adapter.getCallFlow(flowId);
        const stored = JSON.stringify(flow);
        expect(stored).not.toContain('Old instruction text');
        const usedIds = [flow.draft, flow.published?.graph].flatMap((graph) =>
          (graph?.steps ?? []).flatMap((step) => (step.kind === 'sona' ? step.jobIds : [])),
        );
        expect(usedIds).toEqual([job.id, job.id]);
        for (const id of usedIds)
          expect((await adapter.getJob(id)).instructions).toBe('1. New instruction text.');
      }
      expect(edited.version).toBe(job.version + 1);
    });

    it('lists every draft and published place that uses a job', async () => {
      const adapter = await make();
      const job = await adapter.createJob(jobInput());
      const other = await adapter.createJob(jobInput({ name: 'Unused' }));

      const draftOnly = await adapter.createCallFlow({ name: 'Draft only' });
      const draftStep = firstSonaStepId(draftOnly.draft);
      await adapter.saveDraft(
        draftOnly.id,
        withJobIds(draftOnly.draft, draftStep, [job.id]),
        draftOnly.version,
      );

      const publishedOnly = await adapter.createCallFlow({ name: 'Published only' });
      const publishedStep = firstSonaStepId(publishedOnly.draft);
      const withJob = await adapter.saveDraft(
        publishedOnly.id,
        withJobIds(publishedOnly.draft, publishedStep, [job.id]),
        publishedOnly.version,
      );
      const live = await adapter.publishCallFlow(publishedOnly.id, withJob.version);
      await adapter.saveDraft(publishedOnly.id, withJobIds(live.draft, publishedStep, []), live.version);

      const places = await adapter.getJobUsage(job.id);
      expect(places).toHaveLength(2);
      expect(places).toEqual(
        expect.arrayContaining([
          {
            callFlowId: draftOnly.id,
            callFlowName: 'Draft only',
            stepId: draftStep,
            stepTitle: expect.any(String),
            inDraft: true,
            inPublished: false,
          },
          {
            callFlowId: publishedOnly.id,
            callFlowName: 'Published only',
            stepId: publishedStep,
            stepTitle: expect.any(String),
            inDraft: false,
            inPublished: true,
          },
        ]),
      );
      expect(await adapter.getJobUsage(other.id)).toEqual([]);
    });
  });
}
