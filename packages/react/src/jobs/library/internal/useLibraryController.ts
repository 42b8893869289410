import type { ChangeEvent, DesignerAdapter, Page } from '@sona-designer/core';
import { useCallback, useId, useRef, useState } from 'react';
import type { LibraryMessages } from '../../../i18n';
import { formatMessage } from '../../../i18n';
import { useDebouncedValue } from '../../../ui';
import type { DeleteTarget } from './DeleteDialog';
import { useAnnouncement } from './useAnnouncement';
import { useChangeRefresh } from './useChangeRefresh';
import { usePagedList } from './usePagedList';
import { useUnfilteredTotal } from './useUnfilteredTotal';

const SEARCH_DELAY_MS = 250;

interface LibraryItem {
  id: string;
  version: number;
}

interface EditorState {
  open: boolean;
  itemId: string | undefined;
  /** A new key per opening, so the editor starts fresh. */
  session: number;
}

export interface LibraryControllerOptions<Item extends LibraryItem> {
  adapter: DesignerAdapter;
  text: LibraryMessages;
  /** Must be stable (useCallback): it changes only when what it fetches changes (e.g. the sort). */
  fetchPage(query: string, cursor: string | undefined, limit: number): Promise<Page<Item>>;
  /** What else the query depends on besides the search text (e.g. the sort). */
  extraKey?: string;
  pageSize: number;
  countAll(): Promise<number>;
  /** Changes that can alter the rows shown. */
  refreshOn(event: ChangeEvent): boolean;
  /** Changes that can alter the number of items. */
  countOn(event: ChangeEvent): boolean;
  nameOf(item: Item): string;
  /** Runs before the list takes a saved item (e.g. to update a shared cache). */
  onSavedItem?(item: Item): void;
}

/**
 * What the job and knowledge libraries share: debounced search over a paged list, the unfiltered total, the editor
 * and delete dialog state, announcements, and where focus goes after a delete.
 */
export function useLibraryController<Item extends LibraryItem>(options: LibraryControllerOptions<Item>) {
  const { adapter, text, fetchPage, extraKey = '', nameOf } = options;
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const queryKey = `${extraKey}\n${query}`;
  const fetchQueryPage = useCallback(
    (cursor: string | undefined, limit: number) => fetchPage(query, cursor, limit),
    [fetchPage, query],
  );
  const list = usePagedList(fetchQueryPage, queryKey, options.pageSize);
  const total = useUnfilteredTotal({
    adapter,
    query,
    listTotal: list.total,
    listIsUnfiltered: query === '' && list.loadedKey === queryKey,
    concerns: options.countOn,
    count: options.countAll,
  });
  useChangeRefresh(adapter, options.refreshOn, list.refresh);

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
  const nameOfRef = useRef(nameOf);
  nameOfRef.current = nameOf;

  const onEdit = useCallback((item: Item) => {
    setEditor((previous) => ({ open: true, itemId: item.id, session: previous.session + 1 }));
  }, []);
  const onDelete = useCallback((item: Item) => {
    deletedIndex.current = null;
    setDeleting({ id: item.id, name: nameOfRef.current(item), version: item.version });
  }, []);

  function openCreate() {
    setEditor((previous) => ({ open: true, itemId: undefined, session: previous.session + 1 }));
  }

  function setEditorOpen(open: boolean) {
    // The editor gives focus back to the button that opened it.
    setEditor((previous) => ({ ...previous, open }));
  }

  function onSaved(item: Item) {
    options.onSavedItem?.(item);
    const name = nameOf(item);
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
