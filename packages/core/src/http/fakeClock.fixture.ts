import type { Timers } from './options';

/** A clock for tests: timers fire only when `advance` steps past them, so a back-off is checked without waiting. */
export interface FakeClock extends Timers {
  /** Moves time forward, firing the due timers in order. */
  advance(milliseconds: number): void;
  /** The delays of the timers still pending, from when each was set. */
  pendingDelays(): number[];
  now(): number;
}

/** Makes a fake clock starting at 0. */
export function createFakeClock(): FakeClock {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; delay: number; callback: () => void }>();
  return {
    setTimeout(callback, milliseconds) {
      const id = nextId++;
      timers.set(id, { at: now + milliseconds, delay: milliseconds, callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(milliseconds) {
      const end = now + milliseconds;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.at <= end)
          .sort(([a, x], [b, y]) => x.at - y.at || a - b)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
    pendingDelays: () => [...timers.values()].map((timer) => timer.delay),
    now: () => now,
  };
}

/** Lets pending promise callbacks and stream reads run (one macrotask turn each, never a real delay). */
export async function settle(turns = 5): Promise<void> {
  for (let turn = 0; turn < turns; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
}
