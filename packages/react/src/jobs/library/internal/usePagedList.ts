import type { Page } from '@sona-designer/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/** The adapter caps a page at 500 items. */
const MAX_LIMIT = 500;

export type PagedListStatus = 'loading' | 'ready' | 'error';

export interface PagedList<T> {
  status: PagedListStatus;
  /** Pinned items first (just created), then the loaded pages in the adapter's order. */
  rows: T[];
  /** How many items match the query in all pages. */
  total: number;
  /** The `queryKey` the rows answer (the previous one while a new query loads). */
  loadedKey: string | null;
  /** Ids of the pinned rows. */
  pinnedIds: ReadonlySet<string>;
  hasMore: boolean;
  /** A new query is loading while the previous rows stay visible. */
  refreshing: boolean;
  loadingMore: boolean;
  moreFailed: boolean;
  error: unknown;
  loadMore(): void;
  /** Loads the first page again after an error. */
  retry(): void;
  /** Fetches the loaded range again (after a change made elsewhere), keeping the rows shown meanwhile. */
  refresh(): void;
  /** Shows a newly created item at the top until the query changes. */
  pin(item: T): void;
  replace(item: T): void;
  remove(id: string): void;
}

interface State<T> {
  status: PagedListStatus;
  loadedKey: string | null;
  items: T[];
  pinned: T[];
  total: number;
  cursor: string | null;
  refreshing: boolean;
  loadingMore: boolean;
  moreFailed: boolean;
  error: unknown;
}

const INITIAL: State<never> = {
  status: 'loading',
  loadedKey: null,
  items: [],
  pinned: [],
  total: 0,
  cursor: null,
  refreshing: false,
  loadingMore: false,
  moreFailed: false,
  error: null,
};

/**
 * A list paged through the adapter: the first page when `queryKey` changes (older answers are dropped), more pages
 * as the person scrolls, and a refresh of what is loaded when something changed elsewhere.
 */
export function usePagedList<T extends { id: string }>(
  fetchPage: (cursor: string | undefined, limit: number) => Promise<Page<T>>,
  queryKey: string,
  pageSize: number,
): PagedList<T> {
  const [state, setState] = useState<State<T>>(INITIAL);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const stateRef = useRef(state);
  stateRef.current = state;
  const generation = useRef(0);
  const moreInFlight = useRef(false);
  const keyRef = useRef(queryKey);
  keyRef.current = queryKey;

  const loadFirst = useCallback(
    (mode: 'reset' | 'refresh') => {
      const current = generation.current + 1;
      generation.current = current;
      const loadedKey = keyRef.current;
      moreInFlight.current = false;
      const wanted = mode === 'refresh' ? Math.max(stateRef.current.items.length, pageSize) : pageSize;
      if (mode === 'reset') {
        setState((previous) =>
          previous.status === 'ready'
            ? { ...previous, pinned: [], refreshing: true, loadingMore: false, moreFailed: false }
            : { ...INITIAL, status: 'loading' },
        );
      }
      void (async () => {
        const items: T[] = [];
        let cursor: string | undefined;
        let page: Page<T>;
        do {
          const limit = Math.min(Math.max(wanted - items.length, pageSize), MAX_LIMIT);
          page = await fetchRef.current(cursor, limit);
          items.push(...page.items);
          cursor = page.nextCursor ?? undefined;
        } while (page.nextCursor && items.length < wanted);
        return { items, total: page.total, cursor: page.nextCursor };
      })().then(
        (loaded) => {
          if (generation.current !== current) return;
          setState((previous) => ({
            ...INITIAL,
            status: 'ready',
            loadedKey,
            ...loaded,
            pinned: mode === 'refresh' ? previous.pinned : [],
          }));
        },
        (error: unknown) => {
          if (generation.current !== current) return;
          setState((previous) =>
            // A failed background refresh keeps what is shown; the next change or scroll tries again.
            mode === 'refresh' ? previous : { ...INITIAL, status: 'error', error },
          );
        },
      );
    },
    [pageSize],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new query key loads the first page again.
  useEffect(() => {
    loadFirst('reset');
  }, [queryKey, loadFirst]);

  const loadMore = useCallback(() => {
    const current = stateRef.current;
    if (current.status !== 'ready' || !current.cursor || current.refreshing || moreInFlight.current) return;
    moreInFlight.current = true;
    const at = generation.current;
    setState((previous) => ({ ...previous, loadingMore: true, moreFailed: false }));
    fetchRef.current(current.cursor, pageSize).then(
      (page) => {
        if (generation.current !== at) return;
        moreInFlight.current = false;
        setState((previous) => {
          const seen = new Set(previous.items.map((item) => item.id));
          return {
            ...previous,
            items: [...previous.items, ...page.items.filter((item) => !seen.has(item.id))],
            cursor: page.nextCursor,
            total: page.total,
            loadingMore: false,
          };
        });
      },
      () => {
        if (generation.current !== at) return;
        moreInFlight.current = false;
        setState((previous) => ({ ...previous, loadingMore: false, moreFailed: true }));
      },
    );
  }, [pageSize]);

  const retry = useCallback(() => loadFirst('reset'), [loadFirst]);
  const refresh = useCallback(() => {
    if (stateRef.current.status === 'ready') loadFirst('refresh');
    else loadFirst('reset');
  }, [loadFirst]);

  const pin = useCallback((item: T) => {
    setState((previous) => ({
      ...previous,
      pinned: [item, ...previous.pinned.filter((pinned) => pinned.id !== item.id)],
    }));
  }, []);

  const replace = useCallback((item: T) => {
    const swap = (list: T[]) => list.map((existing) => (existing.id === item.id ? item : existing));
    setState((previous) => ({ ...previous, items: swap(previous.items), pinned: swap(previous.pinned) }));
  }, []);

  const remove = useCallback((id: string) => {
    setState((previous) => {
      const items = previous.items.filter((item) => item.id !== id);
      const pinned = previous.pinned.filter((item) => item.id !== id);
      const removed = items.length < previous.items.length;
      return {
        ...previous,
        items,
        pinned,
        total: removed ? Math.max(0, previous.total - 1) : previous.total,
      };
    });
  }, []);

  const pinnedIds = useMemo(() => new Set(state.pinned.map((item) => item.id)), [state.pinned]);
  const rows = useMemo(
    () =>
      pinnedIds.size === 0
        ? state.items
        : [...state.pinned, ...state.items.filter((item) => !pinnedIds.has(item.id))],
    [state.items, state.pinned, pinnedIds],
  );

  return {
    status: state.status,
    rows,
    total: state.total,
    loadedKey: state.loadedKey,
    pinnedIds,
    hasMore: state.cursor !== null,
    refreshing: state.refreshing,
    loadingMore: state.loadingMore,
    moreFailed: state.moreFailed,
    error: state.error,
    loadMore,
    retry,
    refresh,
    pin,
    replace,
    remove,
  };
}
