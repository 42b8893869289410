import { useEffect } from 'react';

export interface Preloadable {
  preload(): Promise<unknown>;
}

/** Without `requestIdleCallback` (Safari), wait this long instead, so the first paint goes first. */
const FALLBACK_DELAY_MS = 300;
/** Load anyway after this long, on a page that is never idle. */
const IDLE_TIMEOUT_MS = 2000;

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, FALLBACK_DELAY_MS);
  return () => clearTimeout(id);
}

/**
 * Loads the components' code one after the other, each in an idle moment of the browser, so preloading never
 * competes with what the user is doing. A failed load is skipped: the component tries again when it is shown.
 * Returns a function that stops the loads not started yet.
 */
export function preloadWhenIdle(items: readonly Preloadable[]): () => void {
  let stopped = false;
  let cancelWait = () => {};
  const next = (index: number) => {
    const item = items[index];
    if (stopped || !item) return;
    cancelWait = whenIdle(() => {
      item
        .preload()
        .catch(() => undefined)
        .then(() => next(index + 1));
    });
  };
  next(0);
  return () => {
    stopped = true;
    cancelWait();
  };
}

/** Preloads `items` while the calling component is mounted and `items` is not null (keep the array stable). */
export function useIdlePreload(items: readonly Preloadable[] | null): void {
  useEffect(() => (items ? preloadWhenIdle(items) : undefined), [items]);
}
