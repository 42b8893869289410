import { useEffect, useRef } from 'react';
import type { Route } from './useHashRoute';

const routeKey = (route: Route) => (route.page === 'flow' ? `flow:${route.flowId}` : route.page);

/**
 * After a move to another page (not on first load), focus goes to the new page's main region, as a screen reader
 * user expects of a page change; without it, the focus stays on a link that is gone and falls to the document.
 */
export function useFocusOnRouteChange(route: Route): void {
  const key = routeKey(route);
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    document.querySelector<HTMLElement>('main.demo-main')?.focus({ preventScroll: false });
  }, [key]);
}
