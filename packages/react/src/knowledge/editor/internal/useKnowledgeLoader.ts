import type { KnowledgePage } from '@sona-designer/core';
import { useEffect, useState } from 'react';
import { useDesigner } from '../../../state';

export type KnowledgeLoad =
  | { status: 'loading' }
  | { status: 'ready'; page: KnowledgePage | null }
  | { status: 'error'; error: unknown };

/** The page to edit, fetched fresh from the adapter (the cache may be older); `null` for a new page. */
export function useKnowledgeLoader(pageId: string | undefined): { load: KnowledgeLoad; retry(): void } {
  const { adapter, workspace } = useDesigner();
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<KnowledgeLoad>(
    pageId ? { status: 'loading' } : { status: 'ready', page: null },
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` loads again on Retry.
  useEffect(() => {
    if (!pageId) {
      setLoad({ status: 'ready', page: null });
      return;
    }
    let live = true;
    setLoad({ status: 'loading' });
    void workspace.getState().ensureKnowledgeUsage([pageId]);
    adapter.getKnowledge(pageId).then(
      (page) => {
        if (!live) return;
        workspace.getState().putKnowledge(page);
        setLoad({ status: 'ready', page });
      },
      (error: unknown) => {
        if (live) setLoad({ status: 'error', error });
      },
    );
    return () => {
      live = false;
    };
  }, [adapter, workspace, pageId, attempt]);

  return { load, retry: () => setAttempt((count) => count + 1) };
}
