import type { DesignerError, Page } from '@sona-designer/core';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { retryDelay, SchedulerContext, type TimerHandle, toDesignerError } from '../../state';

/** The adapter caps a page at 500 items. */
const MAX_LIMIT = 500;
/** A failed background refresh is tried again (with backoff) at most this many times in a row. */
export const REFRESH_RETRIES = 8;

/** What `usePagedList` needs. */
export interface PagedListOptions<T> {
  /** What the rows answer (the query, the sort, the filters): a new key loads the first page again. */
  key: string;
  /** One page of the list, from `cursor` (the first page without). */
  fetchPage(cursor: string | undefined, limit: number): Promise<Page<T>>;
  /** How many items a page holds. */
  pageSize: number;
  /** Nothing loads while false (a closed picker); true again, the first page loads again. True by default. */
  enabled?: boolean;
}

/** What `usePagedList` gives: the rows, where they stand, and what can be done with them. */
export interface PagedList<T> {
  /** `loading`: nothing to show yet; `ready`: rows to show (maybe `refreshing`); `error`: the first page failed. */
  status: 'loading' | 'ready' | 'error';
  /** Pinned rows first (just created), then the loaded pages in the adapter's order. */
  rows: T[];
  /** How many items match the key in all pages. */
  total: number;
  /** The key the rows answer: the previous one while a new key loads; null when there are no rows to show. */
  loadedKey: string | null;
  /** Ids of the pinned rows. */
  pinnedIds: ReadonlySet<string>;
  /** More pages to load. */
  hasMore: boolean;
  /** A new key (or a reload) is loading while the previous rows stay visible. */
  refreshing: boolean;
  /** The next page is on its way. */
  loadingMore: boolean;
  /** Why the next page failed (it can be asked again); null otherwise. */
  moreError: DesignerError | null;
  /** Why the first page failed, as the adapter gave it; null unless `status` is `error`. */
  error: unknown;
  /** Loads the next page (nothing while one loads, or while the first page of a new key does). */
  loadMore(): void;
  /** Loads the first page again; the rows shown stay until it answers (to show a new item, say). */
  reload(): void;
  /** Starts over after a failure: no rows, the first page again. */
  retry(): void;
  /**
   * Fetches the loaded range again (after a change made elsewhere), keeping the rows shown meanwhile; a failure is
   * retried with backoff until it succeeds or another request supersedes it.
   */
  refresh(): void;
  /** Shows a newly created item at the top until the key changes. */
  pin(item: T): void;
  /** Puts a newer copy of an item in place of the old one (an older `version` than the one shown is ignored). */
  replace(item: T): void;
  /** Takes an item out (deleted), one less in the total. */
  remove(id: string): void;
}

interface State<T> {
  /** The request (generation and key) that `status` answers; null before the first answer or once closed. */
  answered: string | null;
  status: 'loading' | 'ready' | 'error';
  loadedKey: string | null;
  items: T[];
  pinned: T[];
  total: number;
  cursor: string | null;
  error: unknown;
  loadingMore: boolean;
  moreError: DesignerError | null;
}

const INITIAL: State<never> = {
  answered: null,
  status: 'loading',
  loadedKey: null,
  items: [],
  pinned: [],
  total: 0,
  cursor: null,
  error: null,
  loadingMore: false,
  moreError: null,
};

/**
 * The pinned rows after a refresh: each takes its fresh copy from the refreshed rows (renamed elsewhere, it shows the
 * new name), and one missing from a list loaded to its end was deleted (or replaced by an import): it goes.
 */
function refreshPinned<T extends { id: string }>(
  pinned: T[],
  loaded: { items: T[]; cursor: string | null | undefined },
): T[] {
  if (pinned.length === 0) return pinned;
  const fresh = new Map(loaded.items.map((item) => [item.id, item]));
  const complete = !loaded.cursor;
  return pinned.flatMap((item) => {
    const copy = fresh.get(item.id);
    if (copy) return [copy];
    return complete ? [] : [item];
  });
}

/**
 * A list paged through the adapter, for the libraries, the pickers and the call summaries: the first page whenever
 * the key changes (answers to older keys are dropped), the next ones on `loadMore`, a refresh of what is loaded when
 * something changed elsewhere, and rows pinned at the top once created.
 */
export function usePagedList<T extends { id: string }>({
  key,
  fetchPage,
  pageSize,
  enabled = true,
}: PagedListOptions<T>): PagedList<T> {
  const [state, setState] = useState<State<T>>(INITIAL);
  const [generation, setGeneration] = useState(0);
  // Loading is derived from the request asked rather than set by the effect: one render less per search.
  const asked = `${generation}\n${key}`;
  const askedRef = useRef(asked);
  askedRef.current = asked;
  const enabledRef = useRef(enabled);
  enabledRef.current = enabled;
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const stateRef = useRef(state);
  stateRef.current = state;
  /** Increases with every first-page request and refresh: older answers are dropped. */
  const request = useRef(0);
  const moreInFlight = useRef(false);
  const scheduler = useContext(SchedulerContext);
  /** The retry of a failed refresh, waiting on the scheduler. */
  const refreshRetry = useRef<{ handle: TimerHandle } | null>(null);
  const cancelRefreshRetry = useCallback(() => {
    if (refreshRetry.current) scheduler.clearTimeout(refreshRetry.current.handle);
    refreshRetry.current = null;
  }, [scheduler]);
  useEffect(() => cancelRefreshRetry, [cancelRefreshRetry]);

  /** The first `wanted` items (at least a page), fetched page by page. */
  const fetchRange = useCallback(
    async (wanted: number) => {
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
    },
    [pageSize],
  );

  // A new key or a reload (both in `asked`) asks for a new first page.
  useEffect(() => {
    moreInFlight.current = false;
    if (!enabled) {
      // Opened again, the list loads again (and an answer still on its way when it closed is dropped).
      request.current++;
      setState((current) => (current.answered === null ? current : { ...current, answered: null }));
      return;
    }
    // Pins and a next page on its way belong to the previous key.
    setState((current) =>
      current.pinned.length > 0 || current.loadingMore || current.moreError
        ? { ...current, pinned: [], loadingMore: false, moreError: null }
        : current,
    );
    const id = ++request.current;
    fetchRange(pageSize).then(
      (loaded) => {
        if (id !== request.current) return;
        setState({ ...INITIAL, answered: asked, status: 'ready', loadedKey: key, ...loaded });
      },
      (error: unknown) => {
        if (id !== request.current) return;
        setState((current) => ({ ...current, answered: asked, status: 'error', error }));
      },
    );
  }, [asked, key, enabled, pageSize, fetchRange]);

  const loadMore = useCallback(() => {
    const current = stateRef.current;
    if (current.answered !== askedRef.current || current.status !== 'ready') return;
    if (!current.cursor || moreInFlight.current) return;
    moreInFlight.current = true;
    const id = request.current;
    setState((previous) => ({ ...previous, loadingMore: true, moreError: null }));
    fetchRef.current(current.cursor, pageSize).then(
      (page) => {
        if (id !== request.current) return;
        moreInFlight.current = false;
        setState((previous) => {
          // Offsets shift when someone adds an item meanwhile: never show one twice.
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
        moreInFlight.current = false;
        setState((previous) => ({ ...previous, loadingMore: false, moreError: toDesignerError(error) }));
      },
    );
  }, [pageSize]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  const retry = useCallback(() => {
    setState((current) => ({ ...INITIAL, answered: current.answered }));
    setGeneration((value) => value + 1);
  }, []);

  const refreshAttempt = useCallback(
    (failures: number) => {
      cancelRefreshRetry();
      const current = stateRef.current;
      if (!enabledRef.current) return;
      if (current.answered !== askedRef.current) {
        // A first page is on its way: ask again, it answers for the change too.
        reload();
        return;
      }
      if (current.status !== 'ready') {
        retry();
        return;
      }
      const id = ++request.current;
      moreInFlight.current = false;
      fetchRange(Math.max(current.items.length, pageSize)).then(
        (loaded) => {
          if (id !== request.current) return;
          setState((previous) => ({
            ...previous,
            ...loaded,
            pinned: refreshPinned(previous.pinned, loaded),
            loadingMore: false,
            moreError: null,
          }));
        },
        () => {
          if (id !== request.current) return;
          // A failed background refresh keeps what is shown, and tries again: the change must reach the rows.
          setState((previous) => (previous.loadingMore ? { ...previous, loadingMore: false } : previous));
          if (failures >= REFRESH_RETRIES) return;
          const handle = scheduler.setTimeout(
            () => {
              refreshRetry.current = null;
              // Another request (a new key, a reload, a newer refresh) answers for the change instead.
              if (id === request.current) refreshAttempt(failures + 1);
            },
            retryDelay(failures + 1),
          );
          refreshRetry.current = { handle };
        },
      );
    },
    [fetchRange, pageSize, reload, retry, scheduler, cancelRefreshRetry],
  );

  const refresh = useCallback(() => refreshAttempt(0), [refreshAttempt]);

  const pin = useCallback((item: T) => {
    setState((previous) => ({
      ...previous,
      pinned: [item, ...previous.pinned.filter((pinned) => pinned.id !== item.id)],
    }));
  }, []);

  const replace = useCallback((item: T) => {
    const newer = (existing: T) => {
      const [mine, theirs] = [
        (item as { version?: unknown }).version,
        (existing as { version?: unknown }).version,
      ];
      return typeof mine !== 'number' || typeof theirs !== 'number' || mine >= theirs;
    };
    const swap = (list: T[]) =>
      list.map((existing) => (existing.id === item.id && newer(existing) ? item : existing));
    setState((previous) => ({ ...previous, items: swap(previous.items), pinned: swap(previous.pinned) }));
  }, []);

  const remove = useCallback((id: string) => {
    setState((previous) => {
      const items = previous.items.filter((item) => item.id !== id);
      const removed = items.length < previous.items.length;
      return {
        ...previous,
        items,
        pinned: previous.pinned.filter((item) => item.id !== id),
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

  const pending = enabled && state.answered !== asked;
  const shown = state.loadedKey !== null;
  return {
    status: pending ? (shown ? 'ready' : 'loading') : state.status,
    rows,
    total: state.total,
    loadedKey: state.loadedKey,
    pinnedIds,
    hasMore: state.cursor !== null,
    refreshing: pending && shown,
    loadingMore: state.loadingMore,
    moreError: pending ? null : state.moreError,
    error: !pending && state.status === 'error' ? state.error : null,
    loadMore,
    reload,
    retry,
    refresh,
    pin,
    replace,
    remove,
  };
}
