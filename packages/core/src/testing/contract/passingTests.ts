import { describe, expect, it } from 'vitest';
import type { DesignerAdapter } from '../../adapter/types';
import type { CallFlow } from '../../model/callFlow';
import type { FlowGraph } from '../../model/graph';
import { expectDesignerError } from '../expectError';
import { firstSonaStepId, jobInput, testCaseInput } from '../fixtures';
import type { AdapterFactory } from './factory';

/** The graph with the flow's `requirePassingTests` setting on or off. */
function requiring(graph: FlowGraph, requirePassingTests: boolean): FlowGraph {
  return { ...structuredClone(graph), settings: { requirePassingTests } };
}

/**
 * A flow whose draft has the setting as asked, and two ways to test it: a test that passes (the call reaches the
 * Sona step) and one that fails (it expects a job to fire that no step attaches).
 */
async function flowWithSetting(adapter: DesignerAdapter, requirePassingTests: boolean) {
  const created = await adapter.createCallFlow({ name: 'Main line' });
  const flow = await adapter.saveDraft(
    created.id,
    requiring(created.draft, requirePassingTests),
    created.version,
  );
  const stepId = firstSonaStepId(flow.draft);
  const job = await adapter.createJob(jobInput({ name: 'Book a visit' }));
  const passing = () =>
    adapter.createTestCase(
      testCaseInput(flow.id, {
        name: 'Reaches Sona',
        expectations: [{ kind: 'reaches-step', stepId }],
      }),
    );
  const failing = () =>
    adapter.createTestCase(
      testCaseInput(flow.id, {
        name: 'Christmas call books a visit',
        expectations: [{ kind: 'job-fires', jobId: job.id }],
      }),
    );
  return { flow, passing, failing };
}

/** What a refused publish must leave as it was. */
function publishedState(flow: CallFlow) {
  return { version: flow.version, published: flow.published, revisions: flow.revisions };
}

export function describePassingTestsContract(make: AdapterFactory): void {
  describe('require passing tests before publishing', () => {
    it('stores the setting with the draft and publishes it with the flow; a graph without it stays without', async () => {
      const adapter = await make();
      const created = await adapter.createCallFlow({ name: 'Main line' });
      expect(created.draft.settings).toBeUndefined();
      const saved = await adapter.saveDraft(created.id, requiring(created.draft, true), created.version);
      expect(saved.draft.settings).toEqual({ requirePassingTests: true });
      expect((await adapter.getCallFlow(created.id)).draft).toEqual(saved.draft);

      const published = await adapter.publishCallFlow(created.id, saved.version);
      expect(published.published?.graph.settings).toEqual({ requirePassingTests: true });
      expect((await adapter.listRevisions(created.id))[0]?.graph.settings).toEqual({
        requirePassingTests: true,
      });

      const target = await make();
      await target.importWorkspace(await adapter.exportWorkspace(), { mode: 'replace' });
      expect(await target.getCallFlow(created.id)).toEqual(await adapter.getCallFlow(created.id));
      expect((await target.getCallFlow(created.id)).draft.settings).toEqual({ requirePassingTests: true });

      const other = await adapter.createCallFlow({ name: 'After hours' });
      const plain = await adapter.saveDraft(other.id, structuredClone(other.draft), other.version);
      expect('settings' in plain.draft).toBe(false);
      expect(await adapter.listCallFlows()).toEqual(
        expect.arrayContaining([expect.objectContaining({ id: created.id, hasUnpublishedChanges: false })]),
      );
    });

    it('counts turning the setting on as an unpublished change', async () => {
      const adapter = await make();
      const created = await adapter.createCallFlow({ name: 'Main line' });
      const published = await adapter.publishCallFlow(created.id, created.version);
      await adapter.saveDraft(created.id, requiring(published.draft, true), published.version);
      const row = (await adapter.listCallFlows()).find((candidate) => candidate.id === created.id);
      expect(row?.hasUnpublishedChanges).toBe(true);
    });

    it('refuses to publish with TESTS_FAILING naming the failing test when the setting is on, and publishes nothing', async () => {
      const adapter = await make();
      const { flow, passing, failing } = await flowWithSetting(adapter, false);
      // Published once before the setting was on: that revision stays live.
      const live = await adapter.publishCallFlow(flow.id, flow.version);
      const on = await adapter.saveDraft(flow.id, requiring(live.draft, true), live.version);
      await passing();
      const broken = await failing();

      const error = await expectDesignerError(adapter.publishCallFlow(flow.id, on.version), 'TESTS_FAILING');
      expect(error.message).toContain('Main line');
      expect(error.message).toContain('1 of 2 tests fails');
      expect(error.message).toContain('Christmas call books a visit');
      expect(error.testFailures).toEqual([
        { testCaseId: broken.id, name: 'Christmas call books a visit', message: expect.any(String) },
      ]);
      expect(error.testFailures[0]?.message).toContain('Book a visit');
      expect(error.message).toContain(error.testFailures[0]?.message ?? '');

      const after = await adapter.getCallFlow(flow.id);
      expect(publishedState(after)).toEqual(publishedState(on));
      expect(after.published?.revision).toBe(1);
      expect(await adapter.listRevisions(flow.id)).toHaveLength(1);
    });

    it('lists every failing test, in the flow’s order', async () => {
      const adapter = await make();
      const { flow, failing } = await flowWithSetting(adapter, true);
      const first = await failing();
      const second = await failing();
      const error = await expectDesignerError(
        adapter.publishCallFlow(flow.id, flow.version),
        'TESTS_FAILING',
      );
      expect(error.message).toContain('2 of 2 tests fail');
      expect(error.testFailures.map((failure) => failure.testCaseId)).toEqual([first.id, second.id]);
      expect((await adapter.getCallFlow(flow.id)).published).toBeNull();
    });

    it('publishes when the setting is on and every test passes', async () => {
      const adapter = await make();
      const { flow, passing } = await flowWithSetting(adapter, true);
      await passing();
      await passing();
      const published = await adapter.publishCallFlow(flow.id, flow.version);
      expect(published).toMatchObject({ version: flow.version + 1, published: { revision: 1 } });
      expect(published.published?.graph).toEqual(flow.draft);
    });

    it('publishes when the setting is off, even with a failing test', async () => {
      const adapter = await make();
      const { flow, failing } = await flowWithSetting(adapter, false);
      await failing();
      const published = await adapter.publishCallFlow(flow.id, flow.version);
      expect(published.published?.revision).toBe(1);
    });

    it('publishes when the setting is on and the flow has no tests', async () => {
      const adapter = await make();
      const { flow } = await flowWithSetting(adapter, true);
      const published = await adapter.publishCallFlow(flow.id, flow.version);
      expect(published.published?.revision).toBe(1);
    });

    it('runs only the flow’s own tests: another flow’s failing test does not block it', async () => {
      const adapter = await make();
      const { flow, passing } = await flowWithSetting(adapter, true);
      await passing();
      const other = await flowWithSetting(adapter, true);
      await other.failing();
      const published = await adapter.publishCallFlow(flow.id, flow.version);
      expect(published.published?.revision).toBe(1);
      await expectDesignerError(adapter.publishCallFlow(other.flow.id, other.flow.version), 'TESTS_FAILING');
    });

    it('publishes once the failing test is fixed or the setting turned off', async () => {
      const adapter = await make();
      const { flow, failing } = await flowWithSetting(adapter, true);
      const broken = await failing();
      await expectDesignerError(adapter.publishCallFlow(flow.id, flow.version), 'TESTS_FAILING');
      const fixed = await adapter.updateTestCase(
        broken.id,
        { expectations: [{ kind: 'reaches-step', stepId: firstSonaStepId(flow.draft) }] },
        broken.version,
      );
      const first = await adapter.publishCallFlow(flow.id, flow.version);
      expect(first.published?.revision).toBe(1);

      await adapter.updateTestCase(fixed.id, { expectations: broken.expectations }, fixed.version);
      await expectDesignerError(adapter.publishCallFlow(flow.id, first.version), 'TESTS_FAILING');
      const off = await adapter.saveDraft(flow.id, requiring(first.draft, false), first.version);
      const second = await adapter.publishCallFlow(flow.id, off.version);
      expect(second.published?.revision).toBe(2);
    });
  });
}
