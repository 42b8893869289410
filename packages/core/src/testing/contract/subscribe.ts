import { describe, expect, it, vi } from 'vitest';
import type { ChangeEvent } from '../../adapter/types';
import { callSummaryInput, delay, firstSonaStepId, jobInput, withJobIds } from '../fixtures';
import type { AdapterFactory } from './factory';

// A backend may deliver events a little after the write resolves (a socket, another tab).
const EVENT_WAIT = { timeout: 2000, interval: 5 };

export function describeSubscribeContract(make: AdapterFactory): void {
  describe('subscribe', () => {
    it('tells a listener about job writes', async () => {
      const adapter = await make();
      const events: ChangeEvent[] = [];
      const unsubscribe = adapter.subscribe((event) => events.push(event));
      const job = await adapter.createJob(jobInput());
      await vi.waitFor(
        () => expect(events).toContainEqual({ type: 'job-created', id: job.id, version: 1 }),
        EVENT_WAIT,
      );
      await adapter.updateJob(job.id, { name: 'Renamed' }, 1);
      await vi.waitFor(
        () => expect(events).toContainEqual({ type: 'job-updated', id: job.id, version: 2 }),
        EVENT_WAIT,
      );
      await adapter.deleteJob(job.id, 2);
      await vi.waitFor(() => expect(events).toContainEqual({ type: 'job-deleted', id: job.id }), EVENT_WAIT);
      unsubscribe();
    });

    it('tells a listener about draft saves, publishes and recorded call summaries', async () => {
      const adapter = await make();
      const job = await adapter.createJob(jobInput());
      const flow = await adapter.createCallFlow({ name: 'Main line' });
      const stepId = firstSonaStepId(flow.draft);
      const events: ChangeEvent[] = [];
      const unsubscribe = adapter.subscribe((event) => events.push(event));

      const saved = await adapter.saveDraft(flow.id, withJobIds(flow.draft, stepId, [job.id]), flow.version);
      await vi.waitFor(
        () =>
          expect(events).toContainEqual({ type: 'call-flow-updated', id: flow.id, version: saved.version }),
        EVENT_WAIT,
      );
      const published = await adapter.publishCallFlow(flow.id, saved.version);
      await vi.waitFor(
        () =>
          expect(events).toContainEqual({
            type: 'call-flow-published',
            id: flow.id,
            version: published.version,
          }),
        EVENT_WAIT,
      );
      const summary = await adapter.recordCallSummary(callSummaryInput(flow.id, stepId, { jobId: job.id }));
      await vi.waitFor(
        () =>
          expect(events).toContainEqual({
            type: 'call-summary-recorded',
            id: summary.id,
            callFlowId: flow.id,
          }),
        EVENT_WAIT,
      );
      unsubscribe();
    });

    it('stops telling a listener once it unsubscribes, while others still hear', async () => {
      const adapter = await make();
      const stopped: ChangeEvent[] = [];
      const still: ChangeEvent[] = [];
      const unsubscribe = adapter.subscribe((event) => stopped.push(event));
      const unsubscribeOther = adapter.subscribe((event) => still.push(event));
      unsubscribe();
      const job = await adapter.createJob(jobInput());
      await vi.waitFor(
        () => expect(still).toContainEqual({ type: 'job-created', id: job.id, version: 1 }),
        EVENT_WAIT,
      );
      await delay(20);
      expect(stopped).toEqual([]);
      unsubscribeOther();
    });

    it('tells nothing about a write that failed', async () => {
      const adapter = await make();
      const job = await adapter.createJob(jobInput());
      const events: ChangeEvent[] = [];
      const unsubscribe = adapter.subscribe((event) => events.push(event));
      await adapter.updateJob(job.id, { name: '' }, 1).catch(() => undefined);
      await adapter.updateJob(job.id, { name: 'Stale' }, 9).catch(() => undefined);
      await delay(20);
      // Only update events count: a backend may still deliver the earlier job-created late.
      expect(events.filter((event) => event.type !== 'job-created')).toEqual([]);
      unsubscribe();
    });
  });
}
