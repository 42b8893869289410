/** What `Scheduler.setTimeout` returns: only ever handed back to `clearTimeout`. */
export type TimerHandle = unknown;

/**
 * The clock and the timers of a flow store (history timestamps, the save debounce, deferred validation). Injected
 * so that tests drive time with a fake one instead of waiting for it.
 */
export interface Scheduler {
  /** Milliseconds, like `Date.now()`. */
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** The real clock and timers: what every designer uses unless a test swaps them. */
export const realScheduler: Scheduler = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** One callback waiting at a time: starting it again replaces the one waiting (the heart of a debounce). */
export interface Timer {
  restart(ms: number, callback: () => void): void;
  cancel(): void;
}

/** A `Timer` on the given scheduler. */
export function createTimer(scheduler: Scheduler): Timer {
  let handle: TimerHandle;
  let waiting = false;
  const cancel = () => {
    if (waiting) scheduler.clearTimeout(handle);
    waiting = false;
  };
  return {
    restart(ms, callback) {
      cancel();
      waiting = true;
      handle = scheduler.setTimeout(() => {
        waiting = false;
        callback();
      }, ms);
    },
    cancel,
  };
}
