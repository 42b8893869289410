import type { ChangeEvent, Page } from '@sona-designer/core';
import { useCallback, useId, useRef, useState } from 'react';
import { formatMessage } from '../../i18n';
import { useDesigner } from '../../state';
import { useDebouncedValue } from '../../ui';
import { useChangeRefresh } from '../list/useChangeRefresh';
import { usePagedList } from '../list/usePagedList';
import { type AnyRecordKind, changesRecordCount, changesRecords, type RecordOf } from '../recordKind';
import type { DeleteTarget } from './DeleteDialog';
import { useAnnouncement } from './useAnnouncement';
import { useUnfilteredTotal } from './useUnfilteredTotal';

const SEARCH_DELAY_MS = 250;

interface EditorState {
  open: boolean;
  itemId: string | undefined;
  /** A new key per opening, so the editor starts fresh. */
  session: number;
}

/** What `useLibraryController` needs. */
export interface LibraryControllerOptions<K extends AnyRecordKind> {
  /** The kind of record the library lists. */
  kind: K;
  /**
   * One page of the records matching `query`; the kind's own list by default. Must be stable (useCallback): it
   * changes only when what it fetches changes (e.g. the sort).
   */
  fetchPage?(query: string, cursor: string | undefined, limit: number): Promise<Page<RecordOf<K>>>;
  /** What else the query depends on besides the search text (e.g. the sort). */
  extraKey?: string;
  /** How many rows a page holds. */
  pageSize: number;
  /** Other changes that can alter the rows shown (the records' own always do). */
  alsoRefreshOn?(event: ChangeEvent): boolean;
}

/**
 * What the job and knowledge libraries share: debounced search over a paged list, the unfiltered total, the editor
 * and delete dialog state, announcements, and where focus goes after a delete.
 */
export function useLibraryController<K extends AnyRecordKind>(options: LibraryControllerOptions<K>) {
  type Item = RecordOf<K>;
  const { kind, fetchPage, extraKey = '', alsoRefreshOn } = options;
  const { adapter, workspace, messages } = useDesigner();
  const text = messages.library;
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const queryKey = `${extraKey}\n${query}`;
  const fetchQueryPage = useCallback(
    (cursor: string | undefined, limit: number): Promise<Page<Item>> =>
      fetchPage
        ? fetchPage(query, cursor, limit)
        : kind.list(adapter, { ...(query ? { query } : {}), ...(cursor ? { cursor } : {}), limit }),
    [fetchPage, kind, adapter, query],
  );
  const list = usePagedList<Item>({ key: queryKey, fetchPage: fetchQueryPage, pageSize: options.pageSize });
  const total = useUnfilteredTotal({
    adapter,
    query,
    listTotal: list.total,
    listIsUnfiltered: query === '' && list.loadedKey === queryKey,
    concerns: (event) => changesRecordCount(kind, event),
    count: () => kind.list(adapter, { limit: 1 }).then((page) => page.total),
  });
  useChangeRefresh(
    adapter,
    (event) => changesRecords(kind, event) || (alsoRefreshOn?.(event) ?? false),
    list.refresh,
  );

  const [announcement, announce] = useAnnouncement();
  const [editor, setEditor] = useState<EditorState>({ open: false, itemId: undefined, session: 0 });
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);
  const [createdCount, setCreatedCount] = useState(0);
  const deletedIndex = useRef<number | null>(null);
  const searchRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  const headingId = useId();
  const rowsRef = useRef(list.rows);
  rowsRef.current = list.rows;

  const onEdit = useCallback((item: Item) => {
    setEditor((previous) => ({ open: true, itemId: item.id, session: previous.session + 1 }));
  }, []);
  const onDelete = useCallback(
    (item: Item) => {
      deletedIndex.current = null;
      setDeleting({ id: item.id, name: kind.nameOf(item), version: item.version });
    },
    [kind],
  );

  function openCreate() {
    setEditor((previous) => ({ open: true, itemId: undefined, session: previous.session + 1 }));
  }

  function setEditorOpen(open: boolean) {
    // The editor gives focus back to the button that opened it.
    setEditor((previous) => ({ ...previous, open }));
  }

  function onSaved(item: Item) {
    kind.remember(workspace, item);
    const name = kind.nameOf(item);
    if (rowsRef.current.some((row) => row.id === item.id)) {
      list.replace(item);
      announce(formatMessage(text.savedNamed, { name }));
    } else {
      list.pin(item);
      setCreatedCount((count) => count + 1);
      announce(formatMessage(text.createdNamed, { name }));
    }
  }

  function onDeleted(target: DeleteTarget, alreadyGone: boolean) {
    deletedIndex.current = rowsRef.current.findIndex((row) => row.id === target.id);
    list.remove(target.id);
    setDeleting(null);
    announce(
      formatMessage(alreadyGone ? text.alreadyDeletedNamed : text.deletedNamed, { name: target.name }),
    );
  }

  /** The deleted row's button is gone: focus the row that took its place, or the search box. */
  function focusAfterDelete(event: Event) {
    const index = deletedIndex.current;
    if (index === null) return;
    event.preventDefault();
    deletedIndex.current = null;
    const root = rootRef.current;
    const next =
      root?.querySelector<HTMLElement>(`[data-index="${index}"] button`) ??
      root?.querySelector<HTMLElement>(`[data-index="${index - 1}"] button`) ??
      searchRef.current?.querySelector('input');
    next?.focus();
  }

  return {
    search,
    setSearch,
    query,
    queryKey,
    list,
    total,
    /** The search box shows a spinner while typing settles or results reload. */
    searching: search.trim() !== query || list.refreshing,
    emptyWorkspace: list.status === 'ready' && query === '' && list.rows.length === 0,
    /** The count of results for a search, once they are in. */
    showsResults: query !== '' && list.status === 'ready' && list.loadedKey === queryKey,
    resetKey: `${queryKey}\n${createdCount}`,
    announcement,
    editor,
    openCreate,
    setEditorOpen,
    onEdit,
    onSaved,
    deleting,
    onDelete,
    closeDelete: () => setDeleting(null),
    onDeleted,
    focusAfterDelete,
    rootRef,
    searchRef,
    headingId,
  };
}
