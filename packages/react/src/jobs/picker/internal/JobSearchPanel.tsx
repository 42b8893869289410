import type { Job, JobSort } from '@sona-designer/core';
import {
  type ReactNode,
  type Ref,
  type RefObject,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
} from 'react';
import {
  PickerListBody,
  PickerSearch,
  type PickerSearchHandle,
  pickerTotal,
  usePickerList,
} from '../../../records';
import { useDesigner, useFlow } from '../../../state';
import { CreateJobMenu } from './CreateJobMenu';
import { JobList, type JobListHandle } from './JobList';
import { useDelayedFlag } from './useDelayedFlag';

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

  const picker = usePickerList<Job>({
    open,
    keyPrefix: sort,
    fetchPage: (query, cursor, limit) =>
      adapter.listJobs({ sort, limit, ...(query ? { query } : {}), ...(cursor ? { cursor } : {}) }),
    pageSize: PAGE_SIZE,
  });
  const { list } = picker;
  const searching = useDelayedFlag(list.refreshing, SPINNER_DELAY_MS);

  useImperativeHandle(ref, () => ({ reload: list.reload }), [list.reload]);

  // Results of a new search or sort start at the top.
  useEffect(() => {
    if (list.loadedKey !== null) listRef.current?.scrollToTop();
  }, [list.loadedKey]);

  const canCreate = !readOnly && flowReady;
  const body = (
    <PickerListBody
      picker={picker}
      ready={flowReady}
      text={{
        loading: text.loading,
        loadFailed: text.loadFailed,
        retry: text.retry,
        emptyTitle: text.emptyTitle,
        emptyBody: text.emptyBody,
        noResultsTitle: text.noResultsTitle,
        noResultsBody: text.noResultsBody,
        clearSearch: text.clearSearch,
      }}
      emptyIcon="job"
      emptyAction={
        canCreate ? (
          <CreateJobMenu ref={createRef} container={container} primary onChoose={onChooseStart} />
        ) : null
      }
      searchRef={searchRef}
      searchBox={searchBox}
    >
      <JobList
        ref={listRef}
        items={list.rows}
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
    </PickerListBody>
  );

  return (
    <>
      {picker.workspaceEmpty ? null : (
        <div className="sona-job-picker__toolbar">
          <PickerSearch
            ref={searchBox}
            id={`${id}-search`}
            label={text.searchLabel}
            placeholder={text.searchPlaceholder}
            onQueryChange={picker.setQuery}
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
              {pickerTotal(picker, locale, text)}
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
