import type { ChangeEvent, KnowledgePage } from '@sona-designer/core';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { formatMessage, formatNumber, selectPlural } from '../i18n/messages';
import { DeleteDialog, type DeleteTarget } from '../JobLibrary/internal/DeleteDialog';
import { BookIcon, PlusIcon } from '../JobLibrary/internal/icons';
import { LibraryBody } from '../JobLibrary/internal/LibraryBody';
import { LibraryHeader } from '../JobLibrary/internal/LibraryHeader';
import type { LibraryColumn } from '../JobLibrary/internal/LibraryTable';
import { LiveAnnouncement } from '../JobLibrary/internal/LiveAnnouncement';
import { SearchBox } from '../JobLibrary/internal/SearchBox';
import { useAnnouncement } from '../JobLibrary/internal/useAnnouncement';
import { useBatchedRequest } from '../JobLibrary/internal/useBatchedRequest';
import { useChangeRefresh } from '../JobLibrary/internal/useChangeRefresh';
import { useDebouncedValue } from '../JobLibrary/internal/useDebouncedValue';
import { usePagedList } from '../JobLibrary/internal/usePagedList';
import { useUnfilteredTotal } from '../JobLibrary/internal/useUnfilteredTotal';
import { KnowledgeEditor } from '../KnowledgeEditor/KnowledgeEditor';
import { useDesigner } from '../provider/DesignerContext';
import { KnowledgeRow } from './internal/KnowledgeRow';

/** Pages can hold 20,000 characters each: smaller pages than the job library's. */
const PAGE_SIZE = 100;
const SEARCH_DELAY_MS = 250;

export interface KnowledgeLibraryProps {
  className?: string;
}

const knowledgeChange = (event: ChangeEvent) =>
  event.type === 'knowledge-created' ||
  event.type === 'knowledge-updated' ||
  event.type === 'knowledge-deleted' ||
  event.type === 'workspace-imported';

const countChange = (event: ChangeEvent) =>
  event.type === 'knowledge-created' ||
  event.type === 'knowledge-deleted' ||
  event.type === 'workspace-imported';

interface EditorState {
  open: boolean;
  pageId: string | undefined;
  session: number;
}

/**
 * The workspace's knowledge pages, for hosts that manage them outside a call flow: search, usage per page, create,
 * edit (in `KnowledgeEditor`) and delete (a page still used by a Sona step cannot be deleted: the dialog lists where
 * and how to free it). Says that content edits are live while attachments wait for publish. Fills its container's
 * height. Needs a `DesignerProvider` only.
 */
export function KnowledgeLibrary({ className }: KnowledgeLibraryProps) {
  const { adapter, messages, locale, readOnly, workspace } = useDesigner();
  const text = messages.library;
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const fetchPage = useCallback(
    (cursor: string | undefined, limit: number) =>
      adapter.listKnowledge({ ...(query ? { query } : {}), ...(cursor ? { cursor } : {}), limit }),
    [adapter, query],
  );
  const list = usePagedList(fetchPage, query, PAGE_SIZE);
  const total = useUnfilteredTotal({
    adapter,
    query,
    listTotal: list.total,
    listIsUnfiltered: query === '' && list.loadedKey === query,
    concerns: countChange,
    count: () => adapter.listKnowledge({ limit: 1 }).then((page) => page.total),
  });
  useChangeRefresh(adapter, knowledgeChange, list.refresh);

  const [announcement, announce] = useAnnouncement();
  const [editor, setEditor] = useState<EditorState>({ open: false, pageId: undefined, session: 0 });
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);
  const [createdCount, setCreatedCount] = useState(0);
  const deletedIndex = useRef<number | null>(null);
  const searchRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  const headingId = useId();

  const requestUsage = useBatchedRequest((ids) => workspace.getState().ensureKnowledgeUsage(ids));
  const rowsRef = useRef(list.rows);
  rowsRef.current = list.rows;
  const onEdit = useCallback((page: KnowledgePage) => {
    setEditor((previous) => ({ open: true, pageId: page.id, session: previous.session + 1 }));
  }, []);
  const onDelete = useCallback((page: KnowledgePage) => {
    deletedIndex.current = null;
    setDeleting({ id: page.id, name: page.title, version: page.version });
  }, []);

  function openCreate() {
    setEditor((previous) => ({ open: true, pageId: undefined, session: previous.session + 1 }));
  }

  function onSaved(page: KnowledgePage) {
    if (rowsRef.current.some((row) => row.id === page.id)) {
      list.replace(page);
      announce(formatMessage(text.savedNamed, { name: page.title }));
    } else {
      list.pin(page);
      setCreatedCount((count) => count + 1);
      announce(formatMessage(text.createdNamed, { name: page.title }));
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

  const columns = useMemo<LibraryColumn[]>(
    () => [
      { key: 'name', label: text.columnTitle },
      { key: 'content', label: text.columnContent },
      { key: 'usage', label: text.columnUsage },
      { key: 'updated', label: text.columnUpdated },
      { key: 'actions', label: text.columnActions, hiddenLabel: true },
    ],
    [text],
  );

  const renderCells = useCallback(
    (page: KnowledgePage) => (
      <KnowledgeRow
        page={page}
        isNew={list.pinnedIds.has(page.id)}
        onEdit={onEdit}
        onDelete={onDelete}
        requestUsage={requestUsage}
      />
    ),
    [list.pinnedIds, onEdit, onDelete, requestUsage],
  );

  const emptyWorkspace = list.status === 'ready' && query === '' && list.rows.length === 0;
  const searching = search.trim() !== query || list.refreshing;
  const createButton = readOnly ? null : (
    <button type="button" className="sona-button sona-button--primary" onClick={openCreate}>
      <PlusIcon />
      {text.newPage}
    </button>
  );

  const body = (
    <LibraryBody
      list={list}
      query={query}
      text={{
        loading: text.loadingKnowledge,
        loadFailed: text.loadKnowledgeFailed,
        retry: text.retry,
        emptyTitle: text.knowledgeEmptyTitle,
        emptyBody: text.knowledgeEmptyBody,
        noResultsTitle: text.knowledgeNoResultsTitle,
        noResultsBody: text.knowledgeNoResultsBody,
        clearSearch: text.clearSearch,
        listLabel: text.knowledgeListLabel,
      }}
      icon={<BookIcon />}
      createButton={createButton}
      onClearSearch={() => setSearch('')}
      columns={columns}
      renderCells={renderCells}
      resetKey={`${query}\n${createdCount}`}
    />
  );

  return (
    <section
      ref={rootRef}
      className={
        className ? `sona-library sona-knowledge-library ${className}` : 'sona-library sona-knowledge-library'
      }
      aria-labelledby={headingId}
      data-readonly={readOnly || undefined}
    >
      <LibraryHeader
        headingId={headingId}
        title={text.knowledgeTitle}
        total={
          total === null
            ? null
            : formatMessage(selectPlural(locale, text.knowledgeTotal, total), {
                count: formatNumber(locale, total),
              })
        }
        action={emptyWorkspace ? null : createButton}
        note={text.knowledgeLiveNote}
      />
      {emptyWorkspace || list.status === 'error' ? null : (
        <div className="sona-library__toolbar">
          <div ref={searchRef} className="sona-library__search-slot">
            <SearchBox
              label={text.searchKnowledge}
              placeholder={text.searchKnowledgePlaceholder}
              value={search}
              onChange={setSearch}
              busy={searching}
            />
          </div>
          <p className="sona-library__results" role="status">
            {query && list.status === 'ready' && list.loadedKey === query
              ? formatMessage(selectPlural(locale, text.results, list.total), {
                  count: formatNumber(locale, list.total),
                })
              : ''}
          </p>
        </div>
      )}
      <div className="sona-library__content">{body}</div>
      <LiveAnnouncement announcement={announcement} />
      <KnowledgeEditor
        key={editor.session}
        open={editor.open}
        onOpenChange={(open) => setEditor((previous) => ({ ...previous, open }))}
        {...(editor.pageId ? { pageId: editor.pageId } : {})}
        onSaved={onSaved}
      />
      {readOnly ? null : (
        <DeleteDialog
          kind="knowledge"
          target={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={onDeleted}
          onReloaded={(page) => list.replace(page as KnowledgePage)}
          onCloseAutoFocus={focusAfterDelete}
        />
      )}
    </section>
  );
}
