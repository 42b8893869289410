import type { ChangeEvent, DesignerAdapter } from '@sona-designer/core';
import { useEffect, useRef } from 'react';

/**
 * Calls `refresh` shortly after the adapter reports a change that `concerns` the list (made here, in another tab or
 * by a teammate); a burst of changes refreshes once.
 */
export function useChangeRefresh(
  adapter: DesignerAdapter,
  concerns: (event: ChangeEvent) => boolean,
  refresh: () => void,
  delayMs = 150,
): void {
  const latest = useRef({ concerns, refresh });
  latest.current = { concerns, refresh };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = adapter.subscribe((event) => {
      if (!latest.current.concerns(event)) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        latest.current.refresh();
      }, delayMs);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [adapter, delayMs]);
}
