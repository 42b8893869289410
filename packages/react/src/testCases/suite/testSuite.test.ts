import type { DesignerAdapter, FlowGraph, TestCase } from '@sona-designer/core';
import { JOB_IDS } from '@sona-designer/core/demo';
import { describe, expect, test } from 'vitest';
import type { Scheduler } from '../../state';
import { createFakeScheduler, type FakeScheduler } from '../../test/fakeScheduler';
import { createFixtureAdapter, FIXTURE_FLOWS } from '../../test/fixtures';
import { loadedFlowStores } from '../../test/flowStores';
import { bookingTestCase, mixedTestCases } from '../../test/testCaseFixtures';
import { runInSlices } from './runInSlices';
import { createTestSuite, type TestSuite } from './testSuite';

/** Lets the adapter's promises (and what they start) settle, with the fake clock still. */
async function settle(scheduler: FakeScheduler, ms = 0) {
  for (let round = 0; round < 20; round++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    scheduler.advance(ms);
  }
}

/**
 * A fake clock on which each reading of the time takes `tickMs`, as if the code between two readings (a test run)
 * took that long: enough for the suite's slices to end.
 */
function ticking(scheduler: FakeScheduler, tickMs: number): Scheduler {
  let spent = 0;
  return {
    now: () => {
      spent += tickMs;
      return scheduler.now() + spent;
    },
    setTimeout: (callback, ms) =>
      ms === 0 ? slices.push(callback) && { slice: callback } : scheduler.setTimeout(callback, ms),
    clearTimeout: (handle) => {
      const slice = (handle as { slice?: () => void } | null)?.slice;
      if (slice) slices.splice(slices.indexOf(slice), 1);
      else scheduler.clearTimeout(handle);
    },
  };
}

/** The slices `ticking` holds back, run one by one with `nextSlice` (what the browser does between two inputs). */
const slices: (() => void)[] = [];
function nextSlice(): boolean {
  const slice = slices.shift();
  slice?.();
  return slice !== undefined;
}

async function setUp(testCases: TestCase[] = mixedTestCases(), adapter?: DesignerAdapter, tickMs = 0) {
  const used = adapter ?? createFixtureAdapter({ testCases });
  const scheduler = createFakeScheduler(Date.parse('2026-03-03T15:00:00Z'));
  const { flow, workspace } = await loadedFlowStores(used, FIXTURE_FLOWS.main, scheduler);
  const suite: TestSuite = createTestSuite({
    flow,
    adapter: used,
    workspace,
    scheduler: tickMs > 0 ? ticking(scheduler, tickMs) : scheduler,
    debounceMs: 300,
  });
  await suite.getState().load();
  await settle(scheduler, 10);
  return { adapter: used, scheduler, flow, suite };
}

function detachBooking(graph: FlowGraph): FlowGraph {
  return {
    ...graph,
    steps: graph.steps.map((step) =>
      step.kind === 'sona'
        ? { ...step, jobIds: step.jobIds.filter((id) => id !== JOB_IDS.bookService) }
        : step,
    ),
  };
}

function failing(suite: TestSuite, run: 'draft' | 'published'): string[] {
  const state = suite.getState();
  return state.testCases
    .filter((testCase) => state[run].results[testCase.id]?.passed === false)
    .map((t) => t.id);
}

describe('the test suite of a flow', () => {
  test('runs every test on the draft and on the published revision once loaded', async () => {
    const { suite } = await setUp();
    const state = suite.getState();
    expect(state.loadState).toBe('ready');
    expect(state.draft.running).toBe(false);
    expect(Object.keys(state.draft.results)).toHaveLength(4);
    // The greeting test passes on the published revision only: the draft's new greeting broke it.
    expect(failing(suite, 'draft')).toEqual(['test-greeting', 'test-saturday']);
    expect(failing(suite, 'published')).toEqual(['test-saturday']);
  });

  test('runs again after an edit, once the pause after the last one is over, and only then', async () => {
    const { suite, flow, scheduler } = await setUp([bookingTestCase()]);
    expect(failing(suite, 'draft')).toEqual([]);

    flow.getState().change('Detach', detachBooking);
    expect(suite.getState().draft.running).toBe(true);
    scheduler.advance(200);
    // Another edit within the pause: still waiting, the old result shown.
    flow.getState().change('Rename', (graph) => ({ ...graph }));
    flow.getState().updateStep('front-desk', { title: 'Reception' }, 'Rename');
    scheduler.advance(299);
    expect(failing(suite, 'draft')).toEqual([]);
    scheduler.advance(1);
    await settle(scheduler);
    expect(suite.getState().draft.running).toBe(false);
    expect(failing(suite, 'draft')).toEqual(['test-booking']);
    // The published revision did not change: its result stands.
    expect(failing(suite, 'published')).toEqual([]);

    for (let edit = 0; edit < 3; edit++) flow.getState().undo();
    scheduler.advance(300);
    await settle(scheduler);
    expect(failing(suite, 'draft')).toEqual([]);
  });

  test('an edit during a run cancels it: the results are those of the last draft', async () => {
    const many = Array.from({ length: 60 }, (_, index) =>
      bookingTestCase(`Booking ${index}`, `test-${index}`),
    );
    // Each test "takes" 3 ms: a slice holds about three.
    const { suite, flow, scheduler } = await setUp(many, undefined, 3);
    // Had the run on the detached draft finished, some test would have been seen failing.
    let everFailed = false;
    suite.subscribe(() => {
      everFailed ||= failing(suite, 'draft').length > 0;
    });
    flow.getState().change('Detach', detachBooking);
    scheduler.advance(300);
    nextSlice();
    nextSlice();
    const { done, running } = suite.getState().draft;
    expect(running).toBe(true);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(10);
    flow.getState().undo();
    scheduler.advance(300);
    while (nextSlice()) scheduler.advance(0);
    expect(suite.getState().draft.running).toBe(false);
    expect(failing(suite, 'draft')).toEqual([]);
    expect(everFailed).toBe(false);
  });

  test('follows the adapter: a test saved elsewhere is listed and run', async () => {
    const { suite, adapter, scheduler } = await setUp([]);
    expect(suite.getState().testCases).toEqual([]);
    const { id: _id, version: _version, createdAt: _c, updatedAt: _u, ...input } = bookingTestCase();
    await adapter.createTestCase(input);
    await settle(scheduler, 10);
    expect(suite.getState().testCases.map((testCase) => testCase.name)).toEqual(['Booking a visit']);
    expect(suite.getState().draft.results[suite.getState().testCases[0]?.id ?? '']?.passed).toBe(true);
  });

  test('a failed load says why, and loading again recovers', async () => {
    const adapter = createFixtureAdapter({ testCases: [bookingTestCase()] });
    const list = adapter.listTestCases.bind(adapter);
    let fail = true;
    adapter.listTestCases = (flowId) => (fail ? Promise.reject(new Error('down')) : list(flowId));
    const { suite, scheduler } = await setUp([], adapter);
    expect(suite.getState().loadState).toBe('error');
    fail = false;
    await suite.getState().load();
    await settle(scheduler, 10);
    expect(suite.getState().loadState).toBe('ready');
    expect(Object.keys(suite.getState().draft.results)).toEqual(['test-booking']);
  });
});

describe('runInSlices', () => {
  test('hands the thread back between slices, at least one item each, and stops when cancelled', () => {
    const fake = createFakeScheduler();
    let clock = 0;
    const scheduler: Scheduler = { ...ticking(fake, 0), now: () => clock };
    const seen: number[] = [];
    let done: number[] | null = null;
    const work = (item: number) => {
      seen.push(item);
      // Each item takes 5 ms: two fit in an 8 ms slice.
      clock += 5;
      return item * 2;
    };
    runInSlices(
      [1, 2, 3, 4, 5],
      work,
      scheduler,
      { onDone: (results) => (done = results), onError: () => {} },
      8,
    );
    expect(seen).toEqual([]);
    nextSlice();
    expect(seen).toEqual([1, 2]);
    nextSlice();
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(done).toBeNull();
    nextSlice();
    expect(done).toEqual([2, 4, 6, 8, 10]);

    const slow: number[] = [];
    const run = runInSlices(
      [1, 2, 3],
      (item) => {
        slow.push(item);
        clock += 20;
        return item;
      },
      scheduler,
      { onDone: () => slow.push(-1), onError: () => {} },
      8,
    );
    nextSlice();
    run.cancel();
    while (nextSlice());
    expect(slow).toEqual([1]);
  });
});
