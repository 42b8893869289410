// A clock and timers that move only when a test says so (for the flow store's save debounce and validation).
import type { Scheduler } from '../state/flow/scheduler';

/** A `Scheduler` whose time stands still until `advance`. */
export interface FakeScheduler extends Scheduler {
  /** Moves time forward, running each timer that comes due, in order (including timers they start). */
  advance(ms: number): void;
  /** How many timers are waiting. */
  readonly waiting: number;
}

/** A fake clock starting at `start` milliseconds, with timers that run only on `advance`. */
export function createFakeScheduler(start = 0): FakeScheduler {
  let time = start;
  let nextId = 1;
  const timers = new Map<number, { due: number; callback: () => void }>();
  return {
    now: () => time,
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { due: time + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const end = time + ms;
      for (;;) {
        let first: [number, { due: number; callback: () => void }] | undefined;
        for (const entry of timers)
          if (entry[1].due <= end && (!first || entry[1].due < first[1].due)) first = entry;
        if (!first) break;
        timers.delete(first[0]);
        time = first[1].due;
        first[1].callback();
      }
      time = end;
    },
    get waiting() {
      return timers.size;
    },
  };
}
