import { useEffect, useState } from 'react';

export type Route =
  | { page: 'overview' }
  | { page: 'jobs' }
  | { page: 'knowledge' }
  | { page: 'summaries' }
  | { page: 'flow'; flowId: string };

export function parseRoute(hash: string): Route {
  if (hash === '#/jobs') return { page: 'jobs' };
  if (hash === '#/knowledge') return { page: 'knowledge' };
  if (hash === '#/summaries') return { page: 'summaries' };
  const match = /^#\/flows\/([^/]+)$/.exec(hash);
  return match?.[1] ? { page: 'flow', flowId: decodeURIComponent(match[1]) } : { page: 'overview' };
}

export function flowHref(flowId: string): string {
  return `#/flows/${encodeURIComponent(flowId)}`;
}

/** The page in the URL's hash, so the static build works from any folder and Back works. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
