import type { ChangeEvent, Job, JobSort } from '@sona-designer/core';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { formatMessage, formatNumber, selectPlural } from '../i18n/messages';
import { JobEditor } from '../JobEditor/JobEditor';
import { useDesigner } from '../provider/DesignerContext';
import { DeleteDialog, type DeleteTarget } from './internal/DeleteDialog';
import { JobsIcon, PlusIcon } from './internal/icons';
import { JobRow } from './internal/JobRow';
import { LibraryBody } from './internal/LibraryBody';
import { LibraryHeader } from './internal/LibraryHeader';
import type { LibraryColumn } from './internal/LibraryTable';
import { LiveAnnouncement } from './internal/LiveAnnouncement';
import { SearchBox } from './internal/SearchBox';
import { useAnnouncement } from './internal/useAnnouncement';
import { useBatchedRequest } from './internal/useBatchedRequest';
import { useChangeRefresh } from './internal/useChangeRefresh';
import { useDebouncedValue } from './internal/useDebouncedValue';
import { usePagedList } from './internal/usePagedList';
import { useUnfilteredTotal } from './internal/useUnfilteredTotal';

const PAGE_SIZE = 200;
const SEARCH_DELAY_MS = 250;

export type JobLibrarySort = Extract<JobSort, 'name' | 'updated' | 'usage'>;

export interface JobLibraryProps {
  className?: string;
}

const jobChange = (event: ChangeEvent) =>
  event.type === 'job-created' ||
  event.type === 'job-updated' ||
  event.type === 'job-deleted' ||
  event.type === 'workspace-imported';

const countChange = (event: ChangeEvent) =>
  event.type === 'job-created' || event.type === 'job-deleted' || event.type === 'workspace-imported';

interface EditorState {
  open: boolean;
  jobId: string | undefined;
  /** A new key per opening, so the editor starts fresh. */
  session: number;
}

/**
 * Every job of the workspace, for hosts that manage jobs outside a call flow: search, sort, usage per job, create,
 * edit and delete (a job still used by a Sona step cannot be deleted: the dialog lists where and how to free it).
 * Pages through the adapter and renders only the rows on screen, so 10,000 jobs stay fast. Fills its container's
 * height. Needs a `DesignerProvider` only.
 */
export function JobLibrary({ className }: JobLibraryProps) {
  const { adapter, messages, locale, readOnly, workspace } = useDesigner();
  const text = messages.library;
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const [sort, setSort] = useState<JobLibrarySort>('name');
  const queryKey = `${sort}\n${query}`;
  const fetchPage = useCallback(
    (cursor: string | undefined, limit: number) =>
      adapter.listJobs({ ...(query ? { query } : {}), sort, ...(cursor ? { cursor } : {}), limit }),
    [adapter, query, sort],
  );
  const list = usePagedList(fetchPage, queryKey, PAGE_SIZE);
  const total = useUnfilteredTotal({
    adapter,
    query,
    listTotal: list.total,
    listIsUnfiltered: query === '' && list.loadedKey === queryKey,
    concerns: countChange,
    count: () => adapter.listJobs({ limit: 1 }).then((page) => page.total),
  });
  useChangeRefresh(
    adapter,
    (event) => jobChange(event) || (sort === 'usage' && event.type.startsWith('call-flow-')),
    list.refresh,
  );

  const [announcement, announce] = useAnnouncement();
  const [editor, setEditor] = useState<EditorState>({ open: false, jobId: undefined, session: 0 });
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);
  const [createdCount, setCreatedCount] = useState(0);
  const deletedIndex = useRef<number | null>(null);
  const searchRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  const headingId = useId();

  const requestUsage = useBatchedRequest((ids) => workspace.getState().ensureJobUsage(ids));
  const rowsRef = useRef(list.rows);
  rowsRef.current = list.rows;
  const onEdit = useCallback((job: Job) => {
    setEditor((previous) => ({ open: true, jobId: job.id, session: previous.session + 1 }));
  }, []);
  const onDelete = useCallback((job: Job) => {
    deletedIndex.current = null;
    setDeleting({ id: job.id, name: job.name, version: job.version });
  }, []);

  function openCreate() {
    setEditor((previous) => ({ open: true, jobId: undefined, session: previous.session + 1 }));
  }

  function onEditorOpenChange(open: boolean) {
    // The editor gives focus back to the button that opened it.
    setEditor((previous) => ({ ...previous, open }));
  }

  function onSaved(job: Job) {
    workspace.getState().putJob(job);
    if (rowsRef.current.some((row) => row.id === job.id)) {
      list.replace(job);
      announce(formatMessage(text.savedNamed, { name: job.name }));
    } else {
      list.pin(job);
      setCreatedCount((count) => count + 1);
      announce(formatMessage(text.createdNamed, { name: job.name }));
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
      { key: 'name', label: text.columnName },
      { key: 'trigger', label: text.columnTrigger },
      { key: 'usage', label: text.columnUsage },
      { key: 'updated', label: text.columnUpdated },
      { key: 'actions', label: text.columnActions, hiddenLabel: true },
    ],
    [text],
  );

  const renderCells = useCallback(
    (job: Job) => (
      <JobRow
        job={job}
        isNew={list.pinnedIds.has(job.id)}
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
      {text.createJob}
    </button>
  );

  const body = (
    <LibraryBody
      list={list}
      query={query}
      text={{
        loading: text.loadingJobs,
        loadFailed: text.loadJobsFailed,
        retry: text.retry,
        emptyTitle: text.jobsEmptyTitle,
        emptyBody: text.jobsEmptyBody,
        noResultsTitle: text.jobsNoResultsTitle,
        noResultsBody: text.jobsNoResultsBody,
        clearSearch: text.clearSearch,
        listLabel: text.jobsListLabel,
      }}
      icon={<JobsIcon />}
      createButton={createButton}
      onClearSearch={() => setSearch('')}
      columns={columns}
      renderCells={renderCells}
      resetKey={`${queryKey}\n${createdCount}`}
    />
  );

  return (
    <section
      ref={rootRef}
      className={className ? `sona-library sona-job-library ${className}` : 'sona-library sona-job-library'}
      aria-labelledby={headingId}
      data-readonly={readOnly || undefined}
    >
      <LibraryHeader
        headingId={headingId}
        title={text.jobsTitle}
        total={
          total === null
            ? null
            : formatMessage(selectPlural(locale, text.jobsTotal, total), {
                count: formatNumber(locale, total),
              })
        }
        action={emptyWorkspace ? null : createButton}
      />
      {emptyWorkspace || list.status === 'error' ? null : (
        <div className="sona-library__toolbar">
          <div ref={searchRef} className="sona-library__search-slot">
            <SearchBox
              label={text.searchJobs}
              placeholder={text.searchJobsPlaceholder}
              value={search}
              onChange={setSearch}
              busy={searching}
            />
          </div>
          <label className="sona-library__sort">
            <span>{text.sortLabel}</span>
            <select
              className="sona-library__select"
              value={sort}
              onChange={(event) => setSort(event.target.value as JobLibrarySort)}
            >
              <option value="name">{text.sortName}</option>
              <option value="updated">{text.sortUpdated}</option>
              <option value="usage">{text.sortUsage}</option>
            </select>
          </label>
          <p className="sona-library__results" role="status">
            {query && list.status === 'ready' && list.loadedKey === queryKey
              ? formatMessage(selectPlural(locale, text.results, list.total), {
                  count: formatNumber(locale, list.total),
                })
              : ''}
          </p>
        </div>
      )}
      <div className="sona-library__content">{body}</div>
      <LiveAnnouncement announcement={announcement} />
      <JobEditor
        key={editor.session}
        open={editor.open}
        onOpenChange={onEditorOpenChange}
        {...(editor.jobId ? { jobId: editor.jobId } : {})}
        onSaved={onSaved}
      />
      {readOnly ? null : (
        <DeleteDialog
          kind="job"
          target={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={onDeleted}
          onReloaded={(job) => list.replace(job as Job)}
          onCloseAutoFocus={focusAfterDelete}
        />
      )}
    </section>
  );
}
