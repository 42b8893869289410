import { describe, expect, it, vi } from 'vitest';
import type { ChangeEvent, DesignerAdapter } from '../../adapter/types';
import { MAX_TEST_CASES_PER_FLOW } from '../../model/testCase';
import { expectDesignerError } from '../expectError';
import { firstSonaStepId, jobInput, testCaseInput, withJobIds } from '../fixtures';
import type { AdapterFactory } from './factory';

// A backend may deliver events a little after the write resolves (a socket, another tab).
const EVENT_WAIT = { timeout: 2000, interval: 5 };

async function flowWithTest(adapter: DesignerAdapter) {
  const flow = await adapter.createCallFlow({ name: 'Main line' });
  const test = await adapter.createTestCase(testCaseInput(flow.id));
  return { flow, test };
}

export function describeTestCaseContract(make: AdapterFactory): void {
  describe('test cases', () => {
    it('creates a trimmed test case at version 1 in its flow, and lists the flow’s tests oldest first', async () => {
      const adapter = await make();
      const flow = await adapter.createCallFlow({ name: 'Main line' });
      const first = await adapter.createTestCase(testCaseInput(flow.id, { name: '  Christmas call  ' }));
      expect(first).toMatchObject({
        callFlowId: flow.id,
        name: 'Christmas call',
        version: 1,
        call: testCaseInput(flow.id).call,
        expectations: testCaseInput(flow.id).expectations,
      });
      expect(first.createdAt).toEqual(first.updatedAt);
      const second = await adapter.createTestCase(testCaseInput(flow.id, { name: 'Weekday morning' }));
      const third = await adapter.createTestCase(testCaseInput(flow.id, { name: 'A first test by name' }));
      expect(new Set([first.id, second.id, third.id]).size).toBe(3);
      expect(await adapter.listTestCases(flow.id)).toEqual([first, second, third]);
    });

    it('keeps each flow’s tests apart', async () => {
      const adapter = await make();
      const { flow, test } = await flowWithTest(adapter);
      const other = await adapter.createCallFlow({ name: 'After hours' });
      expect(await adapter.listTestCases(other.id)).toEqual([]);
      const theirs = await adapter.createTestCase(testCaseInput(other.id, { name: 'Closed on Sunday' }));
      expect(await adapter.listTestCases(flow.id)).toEqual([test]);
      expect(await adapter.listTestCases(other.id)).toEqual([theirs]);
    });

    it('answers NOT_FOUND for the tests of an unknown flow, and saves none there', async () => {
      const adapter = await make();
      await expectDesignerError(adapter.listTestCases('no-such-flow'), 'NOT_FOUND');
      await expectDesignerError(adapter.createTestCase(testCaseInput('no-such-flow')), 'NOT_FOUND');
      expect((await adapter.exportWorkspace()).testCases).toEqual([]);
    });

    it('answers NOT_FOUND for an unknown test case', async () => {
      const adapter = await make();
      await expectDesignerError(adapter.updateTestCase('no-such-test', { name: 'X' }, 1), 'NOT_FOUND');
      await expectDesignerError(adapter.deleteTestCase('no-such-test', 1), 'NOT_FOUND');
    });

    it.each([
      ['a blank name', { name: '  ' }, 'name'],
      ['a name of 121 characters', { name: 'n'.repeat(121) }, 'name'],
      ['a key that is not on a phone keypad', { call: { ...testCaseInput('f').call, keys: ['A'] } }, 'call'],
      ['an unknown kind of expectation', { expectations: [{ kind: 'teleports' }] as never }, 'expectations'],
      [
        '21 expectations',
        { expectations: Array(21).fill({ kind: 'outcome', outcome: 'ended' }) },
        'expectations',
      ],
    ])('refuses %s with VALIDATION naming the field, and saves nothing', async (_label, overrides, field) => {
      const adapter = await make();
      const flow = await adapter.createCallFlow({ name: 'Main line' });
      const error = await expectDesignerError(
        adapter.createTestCase(testCaseInput(flow.id, overrides)),
        'VALIDATION',
      );
      expect(error.fieldErrors[field]).toEqual(expect.any(String));
      expect(await adapter.listTestCases(flow.id)).toEqual([]);
    });

    it('accepts expectations naming steps, jobs and pages that do not exist: the test will then fail, as it should', async () => {
      const adapter = await make();
      const flow = await adapter.createCallFlow({ name: 'Main line' });
      const expectations = [
        { kind: 'reaches-step', stepId: 'step-deleted' },
        { kind: 'job-fires', jobId: 'job-deleted', turn: 2 },
        { kind: 'knowledge-quoted', pageId: 'kn-deleted' },
        { kind: 'action-fires', action: 'transfer', contains: '' },
      ] as const;
      const test = await adapter.createTestCase(testCaseInput(flow.id, { expectations: [...expectations] }));
      expect(test.expectations).toEqual(expectations);
    });

    it('increments the version on update, keeps it when nothing changes, and refuses a stale version with CONFLICT carrying the stored test', async () => {
      const adapter = await make();
      const { flow, test } = await flowWithTest(adapter);
      const call = { ...test.call, keys: ['2'], answered: { 'ring-1': true } };
      const updated = await adapter.updateTestCase(test.id, { name: 'Renamed', call }, 1);
      expect(updated).toMatchObject({ version: 2, name: 'Renamed', call, expectations: test.expectations });
      expect(updated.callFlowId).toBe(flow.id);

      const same = await adapter.updateTestCase(test.id, { call: structuredClone(call) }, 2);
      expect(same).toEqual(updated);

      const error = await expectDesignerError(
        adapter.updateTestCase(test.id, { name: 'Stale tab' }, 1),
        'CONFLICT',
      );
      expect(error.current).toEqual(updated);
      await expectDesignerError(adapter.deleteTestCase(test.id, 1), 'CONFLICT');
      expect(await adapter.listTestCases(flow.id)).toEqual([updated]);
    });

    it('refuses an invalid patch with VALIDATION and keeps the stored test', async () => {
      const adapter = await make();
      const { flow, test } = await flowWithTest(adapter);
      await expectDesignerError(adapter.updateTestCase(test.id, { name: '' }, 1), 'VALIDATION');
      expect(await adapter.listTestCases(flow.id)).toEqual([test]);
    });

    it('deletes a test case at its version; it is then gone', async () => {
      const adapter = await make();
      const { flow, test } = await flowWithTest(adapter);
      await adapter.deleteTestCase(test.id, 1);
      expect(await adapter.listTestCases(flow.id)).toEqual([]);
      await expectDesignerError(adapter.updateTestCase(test.id, { name: 'Back' }, 1), 'NOT_FOUND');
    });

    it(`refuses a test case beyond ${MAX_TEST_CASES_PER_FLOW} in one flow with VALIDATION, while other flows still take theirs`, async () => {
      const adapter = await make();
      const flow = await adapter.createCallFlow({ name: 'Main line' });
      // Through the import, which stores a whole flow's tests in one call: 500 creates would be slow over HTTP.
      const exported = await adapter.exportWorkspace();
      const template = await adapter.createTestCase(testCaseInput(flow.id));
      const full = Array.from({ length: MAX_TEST_CASES_PER_FLOW }, (_, index) => ({
        ...template,
        id: `test-${index}`,
      }));
      await adapter.importWorkspace({ ...exported, testCases: full }, { mode: 'replace' });
      expect(await adapter.listTestCases(flow.id)).toHaveLength(MAX_TEST_CASES_PER_FLOW);

      const error = await expectDesignerError(adapter.createTestCase(testCaseInput(flow.id)), 'VALIDATION');
      expect(error.message).toContain(String(MAX_TEST_CASES_PER_FLOW));
      expect(await adapter.listTestCases(flow.id)).toHaveLength(MAX_TEST_CASES_PER_FLOW);

      const other = await adapter.createCallFlow({ name: 'After hours' });
      await adapter.createTestCase(testCaseInput(other.id));
      await adapter.deleteTestCase('test-0', 1);
      await adapter.createTestCase(testCaseInput(flow.id, { name: 'Room again' }));
    });

    it('returns copies: changing a returned test changes nothing stored', async () => {
      const adapter = await make();
      const { flow, test } = await flowWithTest(adapter);
      const stored = structuredClone(test);
      test.name = 'Changed by the caller';
      test.call.keys.push('9');
      const [listed] = await adapter.listTestCases(flow.id);
      if (!listed) throw new Error('the test case was not listed');
      listed.expectations.length = 0;
      expect(await adapter.listTestCases(flow.id)).toEqual([stored]);
    });

    it('does not keep a reference to the input', async () => {
      const adapter = await make();
      const flow = await adapter.createCallFlow({ name: 'Main line' });
      const input = testCaseInput(flow.id);
      const test = await adapter.createTestCase(input);
      input.call.messages.push('Added after saving');
      input.expectations.length = 0;
      expect(await adapter.listTestCases(flow.id)).toEqual([test]);
    });

    it('tells a listener about test case writes, with their flow', async () => {
      const adapter = await make();
      const flow = await adapter.createCallFlow({ name: 'Main line' });
      const events: ChangeEvent[] = [];
      const unsubscribe = adapter.subscribe((event) => events.push(event));
      const test = await adapter.createTestCase(testCaseInput(flow.id));
      const base = { id: test.id, callFlowId: flow.id };
      await vi.waitFor(
        () => expect(events).toContainEqual({ type: 'test-case-created', ...base, version: 1 }),
        EVENT_WAIT,
      );
      await adapter.updateTestCase(test.id, { name: 'Renamed' }, 1);
      await vi.waitFor(
        () => expect(events).toContainEqual({ type: 'test-case-updated', ...base, version: 2 }),
        EVENT_WAIT,
      );
      await adapter.deleteTestCase(test.id, 2);
      await vi.waitFor(
        () => expect(events).toContainEqual({ type: 'test-case-deleted', ...base }),
        EVENT_WAIT,
      );
      unsubscribe();
    });

    it('exports a workspace’s tests, and imports them back with their flow (replace) or as copies (merge)', async () => {
      const source = await make();
      const job = await source.createJob(jobInput());
      const { flow, test } = await flowWithTest(source);
      const stepId = firstSonaStepId(flow.draft);
      await source.saveDraft(flow.id, withJobIds(flow.draft, stepId, [job.id]), flow.version);
      const firesJob = await source.createTestCase(
        testCaseInput(flow.id, { name: 'Message job', expectations: [{ kind: 'job-fires', jobId: job.id }] }),
      );
      const exported = await source.exportWorkspace();
      expect(exported.testCases).toEqual(expect.arrayContaining([test, firesJob]));

      const target = await make();
      const outcome = await target.importWorkspace(structuredClone(exported), { mode: 'replace' });
      expect(outcome.testCases).toBe(2);
      expect(await target.listTestCases(flow.id)).toEqual([test, firesJob]);

      // Merged again, every id is taken: the copies get new ids, and their flow and job follow.
      const merged = await target.importWorkspace(structuredClone(exported), { mode: 'merge' });
      expect(merged.testCases).toBe(2);
      const flows = await target.listCallFlows();
      const copy = flows.find((row) => row.id !== flow.id);
      if (!copy) throw new Error('the merge made no copy of the flow');
      const copies = await target.listTestCases(copy.id);
      expect(copies.map((candidate) => candidate.name)).toEqual([test.name, firesJob.name]);
      expect(copies.map((candidate) => candidate.id)).not.toContain(test.id);
      const copiedJobId = (copies[1]?.expectations[0] as { jobId?: string } | undefined)?.jobId;
      expect(copiedJobId).not.toBe(job.id);
      expect((await target.getJob(copiedJobId ?? '')).name).toBe(job.name);
      expect(await target.listTestCases(flow.id)).toEqual([test, firesJob]);
    });

    it('a replace import drops the tests of the flows it removes, and refuses a test whose flow is not in the file', async () => {
      const adapter = await make();
      await flowWithTest(adapter);
      const empty = await make();
      await adapter.importWorkspace(await empty.exportWorkspace(), { mode: 'replace' });
      expect((await adapter.exportWorkspace()).testCases).toEqual([]);

      const source = await make();
      await flowWithTest(source);
      const exported = await source.exportWorkspace();
      const orphan = { ...exported, callFlows: [] };
      const error = await expectDesignerError(
        adapter.importWorkspace(orphan, { mode: 'replace' }),
        'VALIDATION',
      );
      expect(error.problems.map((problem) => problem.path)).toContain('$.testCases[0].callFlowId');
      expect((await adapter.exportWorkspace()).testCases).toEqual([]);
    });
  });
}
