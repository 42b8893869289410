import { useCallback, useEffect, useRef, useState } from 'react';
import { type DemoWorkspace, isLargeInUrl, openDemoWorkspace, urlWithLarge } from '../demoAdapter';
import { type ServerConfig, type ServerEnv, serverFromLocation } from '../server/serverConfig';
import { openServerWorkspace } from '../server/serverWorkspace';

/** A page leaving the old workspace (the size switched) may still be saving a draft: it gets this long. */
const CLOSE_AFTER_MS = 3000;

export type DemoWorkspaceState =
  | { status: 'preparing' }
  | { status: 'ready'; workspace: DemoWorkspace }
  | { status: 'failed'; error: unknown };

export interface DemoWorkspaceControl {
  state: DemoWorkspaceState;
  large: boolean;
  /** Switches to the large workspace or back (kept in the URL, so a reload keeps it). */
  setLarge(large: boolean): void;
  /** Changes whenever the pages must start again: a new workspace or a reset. */
  generation: number;
  reset(): Promise<void>;
  /** Another tab reset the demo data while this one was open. */
  resetElsewhere: boolean;
  dismissResetNotice(): void;
  /** The server the demo was asked to run on, or null for the in-memory workspace. */
  server: ServerConfig | null;
}

/** The demo workspace of this tab, its size switch and its reset, shared with the demo's other tabs. */
export function useDemoWorkspace(): DemoWorkspaceControl {
  const [large, setLargeState] = useState(() => isLargeInUrl(window.location.search));
  const [state, setState] = useState<DemoWorkspaceState>({ status: 'preparing' });
  const [generation, setGeneration] = useState(0);
  const [resetElsewhere, setResetElsewhere] = useState(false);
  const resettingHere = useRef(false);
  const [server] = useState(() => serverFromLocation(window.location.search, import.meta.env as ServerEnv));

  useEffect(() => {
    let workspace: DemoWorkspace | null = null;
    let unsubscribe = () => {};
    let cancelled = false;
    setState({ status: 'preparing' });
    (server
      ? openServerWorkspace(server)
      : openDemoWorkspace({ large, search: window.location.search })
    ).then(
      (opened) => {
        if (cancelled) {
          opened.close();
          return;
        }
        workspace = opened;
        unsubscribe = opened.adapter.subscribe((event) => {
          if (event.type !== 'workspace-imported' || opened.importingHere()) return;
          // Pages start again: their caches and drafts hold records the reset (or another tab's import) replaced.
          setGeneration((value) => value + 1);
          if (!resettingHere.current) setResetElsewhere(true);
        });
        setGeneration((value) => value + 1);
        setState({ status: 'ready', workspace: opened });
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: 'failed', error });
      },
    );
    const leave = () => workspace?.close();
    // A page restored from the back-forward cache left the other tabs when it was hidden: load it afresh.
    const restore = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    window.addEventListener('pagehide', leave);
    window.addEventListener('pageshow', restore);
    return () => {
      cancelled = true;
      unsubscribe();
      const leaving = workspace;
      setTimeout(() => leaving?.close(), CLOSE_AFTER_MS);
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('pageshow', restore);
    };
  }, [large, server]);

  const setLarge = useCallback((next: boolean) => {
    let href = urlWithLarge(window.location.href, next);
    // The large flow does not exist in the normal workspace: back to the overview rather than a missing flow.
    if (!next && window.location.hash.startsWith('#/flows/flow-large')) href = href.replace(/#.*$/, '#/');
    window.history.replaceState(window.history.state, '', href);
    if (!next) window.dispatchEvent(new HashChangeEvent('hashchange'));
    setResetElsewhere(false);
    setLargeState(next);
  }, []);

  const reset = useCallback(async () => {
    if (state.status !== 'ready') return;
    resettingHere.current = true;
    try {
      await state.workspace.reset();
    } finally {
      resettingHere.current = false;
    }
  }, [state]);

  return {
    state,
    large,
    setLarge,
    generation,
    reset,
    resetElsewhere,
    dismissResetNotice: useCallback(() => setResetElsewhere(false), []),
    server,
  };
}
