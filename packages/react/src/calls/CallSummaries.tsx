import type { CallFlowSummaryRow, CallSummary, ChangeEvent } from '@sona-designer/core';
import { type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  callSummariesEn,
  errorText,
  formatMessage,
  formatNumber,
  provideEnglish,
  selectPlural,
} from '../i18n';
import { useChangeRefresh, usePagedList } from '../records';
import { useDesigner } from '../state';
import { withClassName } from '../ui';
import { filtersKey, NO_FILTERS, type SummaryFilters, toAdapterFilter } from './internal/filters';
import { SummaryDetail } from './internal/SummaryDetail';
import { type JobOption, SummaryFilterBar } from './internal/SummaryFilterBar';
import { SummaryList } from './internal/SummaryList';
import { SummaryMessage } from './internal/SummaryMessage';
import { type SonaStepOption, useFlowCatalog } from './internal/useFlowCatalog';
import { useSummaryNames } from './internal/useSummaryNames';

// The summaries' English texts come with their code, not with the package's first download.
provideEnglish('callSummaries', callSummariesEn);

const PAGE_SIZE = 50;
/** Below this width the detail goes under the list (the container query of CallSummaries.css). */
const SIDE_BY_SIDE_MIN_WIDTH = 900;

/** Props of `CallSummaries`. */
export interface CallSummariesProps {
  /** Shows the calls of this call flow first; the person can still change the filter. */
  callFlowId?: string;
  /** Shows the calls handled by this job first (e.g. after changing it). */
  jobId?: string;
  /** Called with the job of a call when the person asks to open it; without it the job is only named. */
  onOpenJob?: (jobId: string) => void;
  /** Added to the component's root element, e.g. to size it in your page. */
  className?: string;
}

/**
 * The jobs the job filter offers: those attached to the steps in view (the chosen step, the chosen flow's steps, or
 * every flow's), plus those of the calls listed (a job detached since still ran them) and the chosen one.
 */
function jobIdsOf(
  filters: SummaryFilters,
  rows: CallSummary[],
  flows: CallFlowSummaryRow[],
  stepsOf: (flowId: string) => SonaStepOption[] | undefined,
): string[] {
  const ids = new Set<string>();
  const flowIds = filters.callFlowId ? [filters.callFlowId] : flows.map((flow) => flow.id);
  for (const flowId of flowIds) {
    for (const step of stepsOf(flowId) ?? []) {
      if (filters.stepId && step.id !== filters.stepId) continue;
      for (const id of step.jobIds) ids.add(id);
    }
  }
  for (const row of rows) if (row.jobId) ids.add(row.jobId);
  if (filters.jobId) ids.add(filters.jobId);
  return [...ids];
}

const summaryChange = (event: ChangeEvent) =>
  event.type === 'call-summary-recorded' || event.type === 'workspace-imported';

/**
 * The recorded call summaries, newest first, with filters (call flow, Sona step, job, draft or published, outcome)
 * and the detail of the chosen call beside the list (under it in a narrow container). New calls appear as they are
 * recorded. Pages through the adapter. Needs a `DesignerProvider` only.
 */
export function CallSummaries({ callFlowId, jobId, onOpenJob, className }: CallSummariesProps) {
  const { adapter, messages, locale, workspace, readOnly } = useDesigner();
  const text = messages.callSummaries;
  const initial = useMemo<SummaryFilters>(
    () => ({ ...NO_FILTERS, callFlowId: callFlowId ?? '', jobId: jobId ?? '' }),
    [callFlowId, jobId],
  );
  const [filters, setFilters] = useState(initial);
  // A host that points the list elsewhere starts the filters over.
  useEffect(() => setFilters(initial), [initial]);
  const queryKey = filtersKey(filters);
  const atStart = queryKey === filtersKey(initial);

  const fetchPage = useCallback(
    (cursor: string | undefined, limit: number) =>
      adapter.listCallSummaries({ ...toAdapterFilter(filters), ...(cursor ? { cursor } : {}), limit }),
    [adapter, filters],
  );
  const list = usePagedList<CallSummary>({ key: queryKey, fetchPage, pageSize: PAGE_SIZE });
  useChangeRefresh(adapter, summaryChange, list.refresh);

  const catalog = useFlowCatalog(adapter, filters.callFlowId ? [filters.callFlowId] : 'all');
  const jobIdsInView = useMemo(
    () => jobIdsOf(filters, list.rows, catalog.flows, catalog.stepsOf),
    [filters, list.rows, catalog.flows, catalog.stepsOf],
  );
  const names = useSummaryNames(workspace, jobIdsInView, catalog.flows, catalog.stepsOf, text);
  const jobOptions = useMemo<JobOption[]>(
    () =>
      jobIdsInView
        .map((id) => ({ id, name: names.jobName(id) }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    [jobIdsInView, names, locale],
  );

  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = list.rows.find((summary) => summary.id === selectedId) ?? null;
  const rootRef = useRef<HTMLElement>(null);
  const detailHeadingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    [locale],
  );
  const formatDate = useCallback((iso: string) => dateFormat.format(new Date(iso)), [dateFormat]);

  function select(summary: CallSummary) {
    setSelectedId(summary.id);
    // Stacked, the detail is below a long list: take the person there. Side by side, stay in the list.
    if ((rootRef.current?.clientWidth ?? 0) < SIDE_BY_SIDE_MIN_WIDTH) {
      requestAnimationFrame(() => detailHeadingRef.current?.focus());
    }
  }

  function retry() {
    catalog.reload();
    list.retry();
  }

  const ready = list.status === 'ready';
  const loaded = ready && list.loadedKey === queryKey;
  let body: ReactNode;
  if (list.status === 'loading') {
    body = (
      <p className="sona-calls__loading" role="status">
        <span className="sona-spinner" aria-hidden="true" />
        {messages.designer.loadingCallSummaries}
      </p>
    );
  } else if (list.status === 'error') {
    body = (
      <SummaryMessage
        tone="error"
        role="alert"
        title={text.loadFailedTitle}
        action={
          <button type="button" className="sona-button" onClick={retry}>
            {text.retry}
          </button>
        }
      >
        {errorText(messages, list.error)}
      </SummaryMessage>
    );
  } else if (list.rows.length === 0 && atStart) {
    body = <SummaryMessage title={text.emptyTitle}>{text.emptyBody}</SummaryMessage>;
  } else if (list.rows.length === 0) {
    body = (
      <SummaryMessage
        title={text.noResultsTitle}
        action={
          <button type="button" className="sona-button" onClick={() => setFilters(initial)}>
            {text.clearFilters}
          </button>
        }
      >
        {text.noResultsBody}
      </SummaryMessage>
    );
  } else {
    body = (
      <div className="sona-calls__body">
        <SummaryList
          rows={list.rows}
          selectedId={selectedId}
          onSelect={select}
          names={names}
          formatDate={formatDate}
          hasMore={list.hasMore}
          loadingMore={list.loadingMore}
          moreFailed={list.moreError !== null}
          onLoadMore={list.loadMore}
          busy={list.refreshing}
          text={text}
        />
        <SummaryDetail
          summary={selected}
          names={names}
          formatDate={formatDate}
          onOpenJob={onOpenJob}
          headingRef={detailHeadingRef}
          locale={locale}
          text={text}
          canSaveTest={!readOnly && selected !== null && names.flowExists(selected.callFlowId)}
        />
      </div>
    );
  }

  const emptyWorkspace = loaded && list.rows.length === 0 && atStart;
  return (
    <section ref={rootRef} className={withClassName('sona-calls', className)} aria-labelledby={headingId}>
      <header className="sona-calls__header">
        <h2 id={headingId} className="sona-calls__title">
          {text.title}
        </h2>
        <p className="sona-calls__total" role="status">
          {loaded && !emptyWorkspace
            ? formatMessage(selectPlural(locale, text.total, list.total), {
                count: formatNumber(locale, list.total),
              })
            : ''}
        </p>
      </header>
      {list.status === 'error' || emptyWorkspace ? null : (
        <SummaryFilterBar
          filters={filters}
          onChange={setFilters}
          flows={catalog.flows}
          stepsOf={catalog.stepsOf}
          jobs={jobOptions}
          onClear={atStart ? null : () => setFilters(initial)}
          text={text}
        />
      )}
      {body}
    </section>
  );
}
