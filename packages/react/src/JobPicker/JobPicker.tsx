import * as Dialog from '@radix-ui/react-dialog';
import { attachJob, detachJob, isDesignerError, type Job, type JobSort, LIMITS } from '@sona-designer/core';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useFlow, useFlowStoreApi } from '../flow/FlowContext';
import { formatMessage, formatNumber, selectPlural } from '../i18n/messages';
import { LazyJobEditor, LazyTemplateGallery } from '../lazy';
import { useDesigner } from '../provider/DesignerContext';
import { usePortalContainer } from '../provider/usePortalContainer';
import { useDebouncedValue } from '../shared/useDebouncedValue';
import { CreateJobMenu } from './internal/CreateJobMenu';
import { refocusIfLost, useFocusReturn } from './internal/focusReturn';
import { JobsIcon } from './internal/icons';
import { JobList, type JobListHandle } from './internal/JobList';
import { ListError, ListLoading, ListMessage } from './internal/ListStates';
import { PickerSearch } from './internal/PickerSearch';
import { useAttachedJobIds } from './internal/useAttachments';
import { usePagedList } from './internal/usePagedList';

export interface JobPickerProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** The Sona step whose jobs the picker attaches and detaches (in the draft of the flow being designed). */
  stepId: string;
}

const PAGE_SIZE = 100;
const SEARCH_DELAY_MS = 150;
const SORTS: readonly JobSort[] = ['name', 'updated', 'usage'];

type Notice = { kind: 'refused'; at: number } | { kind: 'created' | 'createdFull'; name: string; at: number };

/**
 * The "Add job" dialog of a Sona step: every job of the workspace (paged and virtualised, so 10,000 stay instant),
 * searchable and sortable, each a checkbox that attaches or detaches it in the draft. At 10 attached the others are
 * disabled and a message says how to free a place. Create job starts a new one from scratch or from a template and
 * attaches it when a place is free. Needs the flow store (`FlowProvider` or `CallFlowDesigner`).
 */
export function JobPicker({ open, onOpenChange, stepId }: JobPickerProps) {
  const { messages, locale, adapter, workspace } = useDesigner();
  const text = messages.jobPicker;
  const labels = messages.designer.historyLabels;
  const store = useFlowStoreApi();
  const flowId = useFlow((state) => state.flowId);
  const flowReady = useFlow((state) => state.loadState === 'ready');
  const readOnly = useFlow((state) => state.readOnly);
  const attachedIds = useAttachedJobIds(stepId);
  const [portalRef, container] = usePortalContainer();
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<JobListHandle>(null);
  const createRef = useRef<HTMLButtonElement>(null);
  const focusReturn = useFocusReturn();
  const id = useId();

  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<JobSort>('name');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [editorOpen, setEditorOpen] = useState(false);
  const [galleryOpen, setGalleryOpen] = useState(false);
  const query = useDebouncedValue(search.trim(), SEARCH_DELAY_MS, { flushEmpty: true });
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

  const max = LIMITS.jobsPerSonaStep;
  const count = attachedIds.length;
  const full = count >= max;
  const params = { count: formatNumber(locale, count), max: formatNumber(locale, max) };

  useEffect(() => {
    if (open) return;
    setSearch('');
    setNotice(null);
  }, [open]);

  // Results of a new search or sort start at the top.
  useEffect(() => {
    if (list.shownKey !== null) listRef.current?.scrollToTop();
  }, [list.shownKey]);

  const onToggle = useCallback(
    (job: Job, checked: boolean) => {
      setNotice(null);
      const { change } = store.getState();
      if (!checked) {
        change(labels.detachJob, (graph) => detachJob(graph, stepId, job.id));
        return;
      }
      workspace.getState().putJob(job);
      try {
        change(labels.attachJob, (graph) => attachJob(graph, stepId, job.id));
      } catch (error) {
        if (!isDesignerError(error, 'JOB_LIMIT')) throw error;
        setNotice({ kind: 'refused', at: Date.now() });
      }
    },
    [store, workspace, stepId, labels],
  );

  const onRefused = useCallback(() => {
    if (!store.getState().readOnly) setNotice({ kind: 'refused', at: Date.now() });
  }, [store]);

  const onCreated = useCallback(
    (job: Job) => {
      workspace.getState().putJob(job);
      try {
        store.getState().change(labels.attachJob, (graph) => attachJob(graph, stepId, job.id));
      } catch (error) {
        if (!isDesignerError(error, 'JOB_LIMIT')) throw error;
      }
      const step = store.getState().stepsById[stepId];
      const attached = step?.kind === 'sona' && step.jobIds.includes(job.id);
      setNotice({ kind: attached ? 'created' : 'createdFull', name: job.name, at: Date.now() });
      list.reload();
    },
    [store, workspace, stepId, labels, list.reload],
  );

  const afterCreate = () => createRef.current ?? searchRef.current;

  function onChooseStart(start: 'scratch' | 'template') {
    if (start === 'scratch') setEditorOpen(true);
    else setGalleryOpen(true);
  }

  const workspaceEmpty = list.shownKey !== null && shownQuery === '' && list.total === 0;
  const canCreate = !readOnly && flowReady;

  let body: React.ReactNode;
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
      <ListMessage
        icon="search"
        title={formatMessage(text.noResultsTitle, { query: shownQuery })}
        body={text.noResultsBody}
      >
        <button
          type="button"
          className="sona-button"
          onClick={() => {
            setSearch('');
            searchRef.current?.focus();
          }}
        >
          {text.clearSearch}
        </button>
      </ListMessage>
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
        busy={list.status === 'loading'}
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
  const searching = list.status === 'loading' && list.shownKey !== null;

  return (
    <>
      <span hidden ref={portalRef} />
      <Dialog.Root open={open && container !== null} onOpenChange={onOpenChange}>
        <Dialog.Portal container={container}>
          <Dialog.Overlay className="sona-modal-overlay" />
          <Dialog.Content
            className="sona-modal sona-job-picker"
            onOpenAutoFocus={(event) => {
              focusReturn.rememberOpener();
              if (!searchRef.current) return;
              event.preventDefault();
              searchRef.current.focus();
            }}
            onCloseAutoFocus={focusReturn.onCloseAutoFocus}
          >
            <div className="sona-modal__header">
              <Dialog.Title className="sona-modal__title">{text.title}</Dialog.Title>
              <p className="sona-count sona-job-picker__count" data-state={full ? 'full' : 'normal'}>
                <span aria-hidden="true">{formatMessage(text.count, params)}</span>
                <span className="sona-visually-hidden">
                  {formatMessage(selectPlural(locale, text.countLabel, count), params)}
                </span>
              </p>
              <Dialog.Close className="sona-icon-button sona-job-picker__close" aria-label={text.close}>
                <JobsIcon name="close" />
              </Dialog.Close>
            </div>
            <Dialog.Description className="sona-modal__description sona-job-picker__note">
              {readOnly ? text.readOnlyNote : text.draftNote}
            </Dialog.Description>

            {workspaceEmpty ? null : (
              <div className="sona-job-picker__toolbar">
                <PickerSearch
                  id={`${id}-search`}
                  label={text.searchLabel}
                  placeholder={text.searchPlaceholder}
                  value={search}
                  onChange={setSearch}
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
                      onChange={(event) => setSort(event.target.value as JobSort)}
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

            <div role="status" className="sona-job-picker__status">
              {notice ? (
                <p
                  key={notice.at}
                  className="sona-job-picker__notice"
                  data-tone={notice.kind === 'created' ? 'success' : 'warning'}
                >
                  <JobsIcon name={notice.kind === 'created' ? 'check' : 'warning'} />
                  <span>
                    {notice.kind === 'refused'
                      ? formatMessage(text.fullRefused, params)
                      : formatMessage(
                          notice.kind === 'created' ? text.createdAttached : text.createdNotAttached,
                          {
                            name: notice.name,
                            max: params.max,
                          },
                        )}
                  </span>
                </p>
              ) : null}
              {full && !readOnly && notice?.kind !== 'refused' && notice?.kind !== 'createdFull' ? (
                <p className="sona-job-picker__notice" data-tone="warning">
                  <JobsIcon name="warning" />
                  <span>{formatMessage(text.full, params)}</span>
                </p>
              ) : null}
            </div>

            <div className="sona-job-picker__body">{body}</div>

            <div className="sona-job-picker__footer">
              <Dialog.Close className="sona-button sona-button--primary">{text.done}</Dialog.Close>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
      {editorOpen ? (
        <LazyJobEditor
          open
          onOpenChange={(next) => {
            setEditorOpen(next);
            if (!next) refocusIfLost(afterCreate);
          }}
          onSaved={onCreated}
        />
      ) : null}
      {galleryOpen ? (
        <LazyTemplateGallery
          open
          onOpenChange={(next) => {
            setGalleryOpen(next);
            if (!next) refocusIfLost(afterCreate);
          }}
          onJobCreated={onCreated}
        />
      ) : null}
    </>
  );
}
