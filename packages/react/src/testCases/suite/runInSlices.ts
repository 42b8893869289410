import type { Scheduler } from '../../state';

/** A run started by `runInSlices`: cancel it when what it runs on has changed. */
export interface SlicedRun {
  cancel(): void;
}

/** What `runInSlices` reports: progress after every slice, and the results once every item ran. */
export interface SlicedRunHandlers<Result> {
  onProgress?(done: number, total: number): void;
  onDone(results: Result[]): void;
  onError(error: unknown): void;
}

/**
 * Runs `work` on every item in slices of at most `sliceMs` milliseconds, handing the thread back between two slices
 * (through the scheduler, so tests drive it with a fake clock). A suite of hundreds of tests then never holds the main
 * thread longer than one slice: a keystroke waits a few milliseconds at most, never the whole run.
 */
export function runInSlices<Item, Result>(
  items: readonly Item[],
  work: (item: Item) => Result,
  scheduler: Scheduler,
  handlers: SlicedRunHandlers<Result>,
  sliceMs = 8,
): SlicedRun {
  const results: Result[] = [];
  let cancelled = false;
  let index = 0;
  const slice = () => {
    if (cancelled) return;
    if (items.length === 0) {
      cancelled = true;
      handlers.onDone(results);
      return;
    }
    const started = scheduler.now();
    try {
      // At least one item per slice, so an item slower than the slice still moves the run on.
      do {
        results.push(work(items[index] as Item));
        index++;
      } while (index < items.length && scheduler.now() - started < sliceMs);
    } catch (error) {
      cancelled = true;
      handlers.onError(error);
      return;
    }
    if (index < items.length) {
      handlers.onProgress?.(index, items.length);
      handle = scheduler.setTimeout(slice, 0);
    } else {
      cancelled = true;
      handlers.onDone(results);
    }
  };
  let handle = scheduler.setTimeout(slice, 0);
  return {
    cancel() {
      if (cancelled) return;
      cancelled = true;
      scheduler.clearTimeout(handle);
    },
  };
}
