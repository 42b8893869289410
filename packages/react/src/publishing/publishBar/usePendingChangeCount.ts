import { type CallFlow, type FlowGraph, pendingChanges } from '@sona-designer/core';
import { useMemo } from 'react';
import type { FlowStoreState } from '../../state';
import { useFlow } from '../../state';

/**
 * How many changes publishing would make (`null` until the flow is loaded). Recounted only when the draft or the
 * published revision changes, and the component re-renders only when the count does.
 */
export function usePendingChangeCount(): number | null {
  const selector = useMemo(() => {
    let last: { draft: FlowGraph; published: CallFlow['published']; count: number } | null = null;
    return (state: FlowStoreState): number | null => {
      if (!state.flow || state.loadState !== 'ready') return null;
      const published = state.flow.published;
      if (last?.draft !== state.draft || last.published !== published) {
        last = {
          draft: state.draft,
          published,
          count: pendingChanges({ draft: state.draft, published }).length,
        };
      }
      return last.count;
    };
  }, []);
  return useFlow(selector);
}
