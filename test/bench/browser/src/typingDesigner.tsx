// The whole designer (CallFlowDesigner) on the demo's support line with `?tests=` generated saved tests, for typing
// in the Sona step's greeting while the suite re-runs after every edit. `?control=sync-suite` is a control, not a
// variant of ours: a clock that stands still within a task, so the suite's slices never end early and each run goes
// in one task, as it would without slicing; the benchmark shows its figures to prove the metric catches a block.
// Every variant gets the same watched clock and timers (see `watchedScheduler`), to tell when a run is going on.
import '@sona-designer/react/styles.css';
import { demoWorkspace } from '@sona-designer/core/demo';
import { createInMemoryAdapter } from '@sona-designer/core/memory';
import { CallFlowDesigner } from '@sona-designer/react';
import { createRoot } from 'react-dom/client';
import { SchedulerContext } from '../../../../packages/react/src/state/flow/SchedulerContext';
import { realScheduler, type Scheduler } from '../../../../packages/react/src/state/flow/scheduler';
import { afterNextFrame, type KeyTiming, type TypingBench } from './benchApi';
import { SUPPORT_FLOW_ID, supportTestCases } from './typingTests';

const KEY_EVENTS = new Set(['keydown', 'keypress', 'keyup', 'beforeinput', 'input']);

/**
 * The real clock and timers, watched: a task that reads the clock twice or more is one of the suite's slices (only
 * `runInSlices` reads it in a loop), and a 0 ms timer set by a slice is the run's next slice. Tells whether a run is
 * in progress (a next slice is due) and how long each slice took, without changing what the designer does — except
 * with `frozen`, the control: the clock then stands still within a task, so a slice never ends early and each run
 * goes in one task, as it would without slicing.
 */
function watchedScheduler(frozen: boolean) {
  let taskClock: number | null = null;
  let reads = 0;
  let nextSlice: unknown = null;
  const slices: { start: number; duration: number }[] = [];
  const scheduler: Scheduler = {
    now() {
      if (taskClock === null) {
        taskClock = Date.now();
        reads = 0;
        queueMicrotask(() => {
          taskClock = null;
        });
      }
      reads++;
      return frozen ? taskClock : Date.now();
    },
    setTimeout(callback, ms) {
      const handle: unknown = realScheduler.setTimeout(() => {
        if (handle === nextSlice) nextSlice = null;
        const start = performance.now();
        reads = 0;
        callback();
        if (reads >= 2) slices.push({ start, duration: performance.now() - start });
      }, ms);
      if (ms === 0 && taskClock !== null && reads >= 2) nextSlice = handle;
      return handle;
    },
    clearTimeout(handle) {
      if (handle === nextSlice) nextSlice = null;
      realScheduler.clearTimeout(handle);
    },
  };
  return { scheduler, slices, running: () => nextSlice !== null };
}

export function createBench(root: HTMLElement, params: URLSearchParams): TypingBench {
  const tests = Number(params.get('tests') ?? 0);
  const control = params.get('control') === 'sync-suite';
  const adapter = createInMemoryAdapter({
    seed: { ...demoWorkspace, testCases: [...(demoWorkspace.testCases ?? []), ...supportTestCases(tests)] },
  });

  const watched = watchedScheduler(control);
  const countName = () => document.querySelector('.sona-tests-status')?.getAttribute('aria-label') ?? '';

  // The count's name: when it last stopped saying "running".
  let settledAt = 0;
  let wasRunning = false;
  new MutationObserver(() => {
    const running = countName().includes('running');
    if (wasRunning && !running) settledAt = performance.now();
    wasRunning = running;
  }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });

  const longTasks: { start: number; duration: number }[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  const slowEvents: { start: number; duration: number }[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (KEY_EVENTS.has(entry.name)) slowEvents.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);

  // Each key: its time stamp at keydown, then the first animation frame after its input event.
  let recording = false;
  let since = 0;
  let keys: KeyTiming[] = [];
  let pending: { at: number; duringRun: boolean } | null = null;
  document.addEventListener(
    'keydown',
    (event) => {
      if (recording) pending = { at: event.timeStamp, duringRun: watched.running() };
    },
    { capture: true },
  );
  document.addEventListener(
    'input',
    () => {
      const key = pending;
      pending = null;
      if (!recording || !key) return;
      requestAnimationFrame(() => {
        keys.push({ at: key.at, frameMs: performance.now() - key.at, duringRun: key.duringRun });
      });
    },
    { capture: true },
  );

  return {
    tests,
    async mount() {
      createRoot(root).render(
        <SchedulerContext.Provider value={watched.scheduler}>
          <CallFlowDesigner flowId={SUPPORT_FLOW_ID} adapter={adapter} />
        </SchedulerContext.Provider>,
      );
      while (!root.querySelector('.react-flow__node')) await afterNextFrame();
    },
    startRecording() {
      recording = true;
      since = performance.now();
      keys = [];
      pending = null;
    },
    stopRecording(until) {
      recording = false;
      const inWindow = ({ start }: { start: number }) => start >= since && start < until;
      const events = slowEvents.filter(inWindow);
      return {
        keys,
        longTasks: longTasks.filter(inWindow),
        slowEvents: {
          count: events.filter((entry) => entry.duration > 50).length,
          maxMs: Math.max(0, ...events.map((entry) => entry.duration)),
        },
        slices: watched.slices.filter(inWindow),
      };
    },
    now: () => performance.now(),
    countName,
    settledAt: () => settledAt,
  };
}
