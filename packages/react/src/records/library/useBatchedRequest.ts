import { useCallback, useEffect, useRef } from 'react';

/**
 * Collects ids that visible rows ask for and loads them in one call after a short pause, so scrolling fast through
 * thousands of rows only loads what is still on screen when the scrolling stops. Returns `request(id)`, whose
 * result cancels the request (call it when the row leaves the screen).
 */
export function useBatchedRequest(
  load: (ids: string[]) => unknown,
  delayMs = 120,
): (id: string) => () => void {
  const wanted = useRef(new Map<string, number>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  return useCallback(
    (id: string) => {
      wanted.current.set(id, (wanted.current.get(id) ?? 0) + 1);
      if (timer.current === null) {
        timer.current = setTimeout(() => {
          timer.current = null;
          const ids = [...wanted.current.keys()];
          wanted.current.clear();
          if (ids.length > 0) loadRef.current(ids);
        }, delayMs);
      }
      return () => {
        const left = (wanted.current.get(id) ?? 1) - 1;
        if (left <= 0) wanted.current.delete(id);
        else wanted.current.set(id, left);
      };
    },
    [delayMs],
  );
}
