import { describe, expect, test } from 'vitest';
import { detachJob, type FlowGraph } from '..';
import { TestCaseSchema } from '../model/testCase';
import { runTestCases } from '../simulator/engine';
import { callFlows } from './callFlows';
import { JOB_IDS, jobs } from './jobs';
import { knowledge } from './knowledge';
import { TEST_CASE_IDS, testCases } from './testCases';
import { demoWorkspace } from './workspace';

const mainLine = callFlows.find((flow) => flow.id === 'flow-main');
const draft: FlowGraph = mainLine?.draft ?? { steps: [], edges: [] };
const context = { jobs, knowledge };

function failing(graph: FlowGraph): Record<string, string[]> {
  const run = runTestCases(graph, testCases, context);
  return Object.fromEntries(
    run.results
      .filter((result) => !result.passed)
      .map((result) => [result.testCaseId, result.failures.map((failure) => failure.message)]),
  );
}

describe('the demo’s saved test cases', () => {
  test('are six valid test cases of the main line, with distinct ids, listed oldest first', () => {
    expect(testCases.map((testCase) => testCase.id)).toEqual(Object.values(TEST_CASE_IDS));
    expect(new Set(testCases.map((testCase) => testCase.callFlowId))).toEqual(new Set(['flow-main']));
    for (const testCase of testCases) {
      expect(TestCaseSchema.safeParse(testCase).error?.issues ?? [], testCase.name).toEqual([]);
    }
    const created = testCases.map((testCase) => testCase.createdAt);
    expect([...created].sort()).toEqual(created);
    expect(new Set(created).size).toBe(created.length);
  });

  test('all pass on the main line’s draft', () => {
    const run = runTestCases(draft, testCases, context);
    expect(failing(draft)).toEqual({});
    expect(run).toMatchObject({ total: 6, passed: 6, failed: 0 });
  });

  test('are seeded with the demo workspace and listed by the in-memory adapter', async () => {
    expect(demoWorkspace.testCases).toBe(testCases);
    const { createInMemoryAdapter } = await import('../memory');
    const adapter = createInMemoryAdapter({ seed: demoWorkspace });
    const listed = await adapter.listTestCases('flow-main');
    expect(listed.map((testCase) => testCase.name)).toEqual([
      'Booking a visit on a weekday',
      'Billing question goes to billing',
      'Asking for prices quotes the price page',
      'Christmas call reaches after hours',
      'Saturday night emergency',
      'Leave a message after hours',
    ]);
  });

  test('detaching "Book a service visit" from the front desk fails the booking test, and only it', () => {
    const detached = detachJob(draft, 'front-desk', JOB_IDS.bookService);
    const failures = failing(detached);
    expect(Object.keys(failures)).toEqual([TEST_CASE_IDS.booking]);
    expect(failures[TEST_CASE_IDS.booking]?.[0]).toMatch(
      /Turn 1: expected job “?\u2068?Book a service visit/,
    );
  });

  test('detaching the billing or the quote job fails its own test', () => {
    expect(Object.keys(failing(detachJob(draft, 'front-desk', JOB_IDS.billing)))).toEqual([
      TEST_CASE_IDS.billing,
    ]);
    expect(Object.keys(failing(detachJob(draft, 'front-desk', JOB_IDS.quoteRequest)))).toContain(
      TEST_CASE_IDS.prices,
    );
  });

  test('the after-hours tests fail on the published main line only where its routing differs: none', () => {
    // The published revision has the same after-hours menu; only the front desk's greeting and sixth job differ.
    const published = mainLine?.published?.graph ?? { steps: [], edges: [] };
    expect(failing(published)).toEqual({});
  });
});
