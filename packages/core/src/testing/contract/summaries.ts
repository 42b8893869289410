import { describe, expect, it } from 'vitest';
import { createStep } from '../../model/steps';
import { callSummaryInput, delay, firstSonaStepId, jobInput } from '../fixtures';
import type { AdapterFactory } from './factory';

export function describeSummariesContract(make: AdapterFactory): void {
  describe('call summaries', () => {
    it('records a summary that the flow’s list finds, newest first', async () => {
      const adapter = await make();
      const flow = await adapter.createCallFlow({ name: 'Main line' });
      const stepId = firstSonaStepId(flow.draft);
      const older = await adapter.recordCallSummary(
        callSummaryInput(flow.id, stepId, { caller: 'First caller' }),
      );
      await delay(15);
      const newer = await adapter.recordCallSummary(
        callSummaryInput(flow.id, stepId, { caller: 'Second caller' }),
      );
      expect(older).toMatchObject({ callFlowId: flow.id, stepId, caller: 'First caller' });
      expect(older.id).not.toBe(newer.id);

      const page = await adapter.listCallSummaries({ callFlowId: flow.id });
      expect(page.items.map((summary) => summary.id)).toEqual([newer.id, older.id]);
      expect(page.total).toBe(2);
      expect(page.items[1]).toEqual(older);
    });

    it('filters summaries by call flow and by job', async () => {
      const adapter = await make();
      const job = await adapter.createJob(jobInput());
      const main = await adapter.createCallFlow({ name: 'Main line' });
      const other = await adapter.createCallFlow({ name: 'Other line' });
      const mainStep = firstSonaStepId(main.draft);
      const withJob = await adapter.recordCallSummary(callSummaryInput(main.id, mainStep, { jobId: job.id }));
      const withoutJob = await adapter.recordCallSummary(
        callSummaryInput(main.id, mainStep, { jobId: null }),
      );
      const elsewhere = await adapter.recordCallSummary(
        callSummaryInput(other.id, firstSonaStepId(other.draft), { jobId: job.id }),
      );

      const ids = async (filter: Parameters<typeof adapter.listCallSummaries>[0]) =>
        (await adapter.listCallSummaries(filter)).items.map((summary) => summary.id).sort();
      expect(await ids({ callFlowId: main.id })).toEqual([withJob.id, withoutJob.id].sort());
      expect(await ids({ jobId: job.id })).toEqual([withJob.id, elsewhere.id].sort());
      expect(await ids({ callFlowId: main.id, jobId: job.id })).toEqual([withJob.id]);
      expect(await ids({ callFlowId: other.id })).toEqual([elsewhere.id]);
    });

    it('filters summaries by Sona step, by outcome and by draft or published, combined', async () => {
      const adapter = await make();
      const created = await adapter.createCallFlow({ name: 'Main line' });
      const frontDesk = firstSonaStepId(created.draft);
      const afterHours = createStep('sona', `${frontDesk}-after-hours`, { x: 0, y: 400 });
      const flow = await adapter.saveDraft(
        created.id,
        { ...created.draft, steps: [...created.draft.steps, afterHours] },
        created.version,
      );
      const record = (stepId: string, overrides: Parameters<typeof callSummaryInput>[2]) =>
        adapter.recordCallSummary(callSummaryInput(flow.id, stepId, overrides));
      const message = await record(frontDesk, { outcome: 'message-taken', source: 'draft' });
      const transfer = await record(frontDesk, { outcome: 'transferred', source: 'published' });
      const lateMessage = await record(afterHours.id, { outcome: 'message-taken', source: 'published' });

      const ids = async (filter: Parameters<typeof adapter.listCallSummaries>[0]) =>
        (await adapter.listCallSummaries(filter)).items.map((summary) => summary.id).sort();
      expect(await ids({ stepId: frontDesk })).toEqual([message.id, transfer.id].sort());
      expect(await ids({ stepId: afterHours.id })).toEqual([lateMessage.id]);
      expect(await ids({ outcome: 'message-taken' })).toEqual([message.id, lateMessage.id].sort());
      expect(await ids({ outcome: 'message-taken', source: 'published' })).toEqual([lateMessage.id]);
      expect(await ids({ callFlowId: flow.id, stepId: frontDesk, outcome: 'transferred' })).toEqual([
        transfer.id,
      ]);
      expect(await ids({ stepId: frontDesk, outcome: 'resolved' })).toEqual([]);
      expect((await adapter.listCallSummaries({ outcome: 'message-taken' })).total).toBe(2);
    });
  });
}
