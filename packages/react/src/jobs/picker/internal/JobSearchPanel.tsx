import type { Job, JobSort } from '@sona-designer/core';
import {
  type ReactNode,
  type Ref,
  type RefObject,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import { formatMessage, formatNumber, selectPlural } from '../../../i18n';
import { useDesigner, useFlow } from '../../../state';
import { CreateJobMenu } from './CreateJobMenu';
import { JobList, type JobListHandle } from './JobList';
import { ListError, ListLoading, ListMessage, NoSearchResults } from './ListStates';
import { PickerSearch, type PickerSearchHandle } from './PickerSearch';
import { useDelayedFlag } from './useDelayedFlag';
import { usePagedList } from './usePagedList';

export interface JobSearchPanelHandle {
  /** Loads the first page again (to show a job just created). */
  reload(): void;
}

export interface JobSearchPanelProps {
  /** False while the dialog closes: nothing loads. */
  open: boolean;
  stepId: string;
  attachedIds: readonly string[];
  full: boolean;
  sort: JobSort;
  onSortChange(sort: JobSort): void;
  /** The dialog's notices, shown between the toolbar and the list. */
  status: ReactNode;
  container: HTMLElement | null;
  searchRef: RefObject<HTMLInputElement | null>;
  createRef: Ref<HTMLButtonElement>;
  onChooseStart(start: 'scratch' | 'template'): void;
  onToggle(job: Job, checked: boolean): void;
  onRefused(): void;
  ref?: Ref<JobSearchPanelHandle>;
}

const PAGE_SIZE = 100;
const SEARCH_DELAY_MS = 150;
/** A search answered sooner shows its results without a spinner first. */
const SPINNER_DELAY_MS = 100;
const SORTS: readonly JobSort[] = ['name', 'updated', 'usage'];

/**
 * The job picker's search, sort, total and list. It holds the query and the loaded pages, so a search re-renders
 * this part of the dialog only, not the dialog's frame (focus trap, header, notices).
 */
export function JobSearchPanel({
  open,
  stepId,
  attachedIds,
  full,
  sort,
  onSortChange,
  status,
  container,
  searchRef,
  createRef,
  onChooseStart,
  onToggle,
  onRefused,
  ref,
}: JobSearchPanelProps) {
  const { messages, locale, adapter } = useDesigner();
  const text = messages.jobPicker;
  const flowId = useFlow((state) => state.flowId);
  const flowReady = useFlow((state) => state.loadState === 'ready');
  const readOnly = useFlow((state) => state.readOnly);
  const listRef = useRef<JobListHandle>(null);
  const searchBox = useRef<PickerSearchHandle>(null);
  const id = useId();

  // The query as of the last pause in typing: the box keeps the typed text, so keys re-render the box alone.
  const [query, setQuery] = useState('');
  const key = `${sort}\n${query}`;
  const list = usePagedList<Job>(
    key,
    (cursor) =>
      adapter.listJobs({
        sort,
        limit: PAGE_SIZE,
        ...(query ? { query } : {}),
        ...(cursor ? { cursor } : {}),
      }),
    open,
  );
  const shownQuery = list.shownKey?.slice(list.shownKey.indexOf('\n') + 1) ?? '';
  const searching = useDelayedFlag(list.status === 'loading' && list.shownKey !== null, SPINNER_DELAY_MS);

  useImperativeHandle(ref, () => ({ reload: list.reload }), [list.reload]);

  // Results of a new search or sort start at the top.
  useEffect(() => {
    if (list.shownKey !== null) listRef.current?.scrollToTop();
  }, [list.shownKey]);

  const workspaceEmpty = list.shownKey !== null && shownQuery === '' && list.total === 0;
  const canCreate = !readOnly && flowReady;

  let body: ReactNode;
  if (!flowReady || (list.shownKey === null && list.status === 'loading')) {
    body = <ListLoading label={text.loading} />;
  } else if (list.status === 'error') {
    body = (
      <ListError
        title={text.loadFailed}
        message={list.error?.message ?? ''}
        retry={text.retry}
        onRetry={() => {
          list.reload();
          searchRef.current?.focus();
        }}
      />
    );
  } else if (workspaceEmpty) {
    body = (
      <ListMessage icon="job" title={text.emptyTitle} body={text.emptyBody}>
        {canCreate ? (
          <CreateJobMenu ref={createRef} container={container} primary onChoose={onChooseStart} />
        ) : null}
      </ListMessage>
    );
  } else if (list.total === 0 && list.items.length === 0) {
    body = (
      <NoSearchResults
        title={formatMessage(text.noResultsTitle, { query: shownQuery })}
        body={text.noResultsBody}
        clearLabel={text.clearSearch}
        onClear={() => {
          searchBox.current?.clear();
          searchRef.current?.focus();
        }}
      />
    );
  } else {
    body = (
      <JobList
        ref={listRef}
        items={list.items}
        total={list.total}
        hasMore={list.hasMore}
        loadingMore={list.loadingMore}
        moreError={list.moreError}
        busy={searching}
        attachedIds={attachedIds}
        full={full}
        readOnly={readOnly}
        flowId={flowId}
        stepId={stepId}
        onLoadMore={list.loadMore}
        onToggle={onToggle}
        onRefused={onRefused}
      />
    );
  }

  const totalText =
    list.shownKey === null
      ? ''
      : formatMessage(selectPlural(locale, shownQuery ? text.matches : text.total, list.total), {
          count: formatNumber(locale, list.total),
        });

  return (
    <>
      {workspaceEmpty ? null : (
        <div className="sona-job-picker__toolbar">
          <PickerSearch
            ref={searchBox}
            id={`${id}-search`}
            label={text.searchLabel}
            placeholder={text.searchPlaceholder}
            onQueryChange={setQuery}
            delayMs={SEARCH_DELAY_MS}
            busy={searching}
            inputRef={searchRef}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') {
                event.preventDefault();
                listRef.current?.focusFirst();
              }
            }}
          />
          <div className="sona-job-picker__row">
            <p className="sona-job-picker__total" aria-live="polite">
              {totalText}
            </p>
            <label className="sona-job-picker__sort">
              <span>{text.sortLabel}</span>
              <select
                className="sona-select"
                value={sort}
                onChange={(event) => onSortChange(event.target.value as JobSort)}
              >
                {SORTS.map((value) => (
                  <option key={value} value={value}>
                    {value === 'name'
                      ? text.sortName
                      : value === 'updated'
                        ? text.sortUpdated
                        : text.sortUsage}
                  </option>
                ))}
              </select>
            </label>
            {canCreate ? (
              <CreateJobMenu ref={createRef} container={container} onChoose={onChooseStart} />
            ) : null}
          </div>
        </div>
      )}
      {status}
      <div className="sona-job-picker__body">{body}</div>
    </>
  );
}
