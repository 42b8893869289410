import type { DesignerError, Page } from '@sona-designer/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toDesignerError } from '../../../state';

export interface PagedList<T> {
  items: T[];
  /** How many items match in all pages. */
  total: number;
  hasMore: boolean;
  /** `loading`: the first page of the current query is on its way (the previous results stay meanwhile). */
  status: 'loading' | 'ready' | 'error';
  error: DesignerError | null;
  /** The key (query, sort) the items belong to; differs from the asked key while a new query loads. */
  shownKey: string | null;
  loadingMore: boolean;
  moreError: DesignerError | null;
  loadMore(): void;
  /** Loads the first page again (after an error, or to show a new item). */
  reload(): void;
}

interface ListState<T> {
  /** The request (key and reload) that `status` and the errors answer; another one asked since is loading. */
  request: string | null;
  items: T[];
  total: number;
  cursor: string | null;
  status: 'loading' | 'ready' | 'error';
  error: DesignerError | null;
  shownKey: string | null;
  loadingMore: boolean;
  moreError: DesignerError | null;
}

/**
 * Pages through a list the adapter filters and sorts: the first page whenever `key` changes (answers to older keys
 * are dropped), the next ones on `loadMore()`. Nothing loads while `enabled` is false.
 */
export function usePagedList<T extends { id: string }>(
  key: string,
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  enabled: boolean,
): PagedList<T> {
  const [state, setState] = useState<ListState<T>>({
    request: null,
    items: [],
    total: 0,
    cursor: null,
    status: 'loading',
    error: null,
    shownKey: null,
    loadingMore: false,
    moreError: null,
  });
  const [generation, setGeneration] = useState(0);
  // Loading is derived from the asked request rather than set by the effect: one render less per search.
  const asked = `${generation}\n${key}`;
  const askedRef = useRef(asked);
  askedRef.current = asked;
  const request = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const stateRef = useRef(state);
  stateRef.current = state;

  // A new key or a reload (both in `asked`) asks for a new first page.
  useEffect(() => {
    if (!enabled) {
      // Opened again, the list loads again (and an answer still on its way when it closed is dropped).
      request.current++;
      setState((current) => (current.request === null ? current : { ...current, request: null }));
      return;
    }
    const id = ++request.current;
    fetchRef.current(undefined).then(
      (page) => {
        if (id !== request.current) return;
        setState({
          request: asked,
          items: page.items,
          total: page.total,
          cursor: page.nextCursor,
          status: 'ready',
          error: null,
          shownKey: key,
          loadingMore: false,
          moreError: null,
        });
      },
      (error: unknown) => {
        if (id !== request.current) return;
        setState((current) => ({
          ...current,
          request: asked,
          status: 'error',
          error: toDesignerError(error),
          moreError: null,
        }));
      },
    );
  }, [asked, key, enabled]);

  const loadMore = useCallback(() => {
    const current = stateRef.current;
    if (current.request !== askedRef.current || current.status !== 'ready') return;
    if (!current.cursor || current.loadingMore) return;
    const id = request.current;
    const cursor = current.cursor;
    setState((previous) => ({ ...previous, loadingMore: true, moreError: null }));
    fetchRef.current(cursor).then(
      (page) => {
        if (id !== request.current) return;
        setState((previous) => {
          // Offsets shift when someone adds a job meanwhile: never show one twice.
          const seen = new Set(previous.items.map((item) => item.id));
          return {
            ...previous,
            items: [...previous.items, ...page.items.filter((item) => !seen.has(item.id))],
            total: page.total,
            cursor: page.nextCursor,
            loadingMore: false,
          };
        });
      },
      (error: unknown) => {
        if (id !== request.current) return;
        setState((previous) => ({ ...previous, loadingMore: false, moreError: toDesignerError(error) }));
      },
    );
  }, []);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  const current = !enabled || state.request === asked;
  return {
    items: state.items,
    total: state.total,
    hasMore: state.cursor !== null,
    status: current ? state.status : 'loading',
    error: current ? state.error : null,
    shownKey: state.shownKey,
    loadingMore: state.loadingMore,
    moreError: current ? state.moreError : null,
    loadMore,
    reload,
  };
}
