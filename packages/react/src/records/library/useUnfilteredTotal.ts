import type { ChangeEvent, DesignerAdapter } from '@sona-designer/core';
import { useEffect, useState } from 'react';
import { useChangeRefresh } from '../list/useChangeRefresh';

/**
 * How many items the workspace holds, whatever the search: the list's own total while nothing is searched, and one
 * small count query when something is added or deleted during a search.
 */
export function useUnfilteredTotal(options: {
  adapter: DesignerAdapter;
  query: string;
  /** The list's total and whether it answers the current, unfiltered query. */
  listTotal: number;
  listIsUnfiltered: boolean;
  concerns(event: ChangeEvent): boolean;
  count(): Promise<number>;
}): number | null {
  const { adapter, query, listTotal, listIsUnfiltered, concerns, count } = options;
  const [total, setTotal] = useState<number | null>(null);

  useEffect(() => {
    if (listIsUnfiltered) setTotal(listTotal);
  }, [listIsUnfiltered, listTotal]);

  useChangeRefresh(adapter, concerns, () => {
    if (query === '') return;
    count().then(setTotal, () => {
      // The heading keeps the last known total.
    });
  });

  return total;
}
