import { describe, expect, it } from 'vitest';
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
  });
}
