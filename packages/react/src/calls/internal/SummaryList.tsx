import type { CallSummary } from '@sona-designer/core';
import type { KeyboardEvent } from 'react';
import { type CallSummariesMessages, isolate } from '../../i18n';
import { OutcomeBadge, SourceBadge } from './Badges';
import { callerName } from './callerName';
import type { SummaryNames } from './useSummaryNames';

export interface SummaryListProps {
  rows: CallSummary[];
  selectedId: string | null;
  onSelect(summary: CallSummary): void;
  names: SummaryNames;
  formatDate(iso: string): string;
  hasMore: boolean;
  loadingMore: boolean;
  moreFailed: boolean;
  onLoadMore(): void;
  busy: boolean;
  text: CallSummariesMessages;
}

const NAVIGATION_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

/** Up and down arrows, Home and End move between the calls, as in a list box; Tab still reaches each of them. */
function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
  if (!NAVIGATION_KEYS.has(event.key)) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-call]')];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (index === -1) return;
  event.preventDefault();
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? buttons.length - 1
        : Math.min(Math.max(index + (event.key === 'ArrowDown' ? 1 : -1), 0), buttons.length - 1);
  buttons[next]?.focus();
}

/** The calls, newest first: each one a button that shows its summary. */
export function SummaryList({
  rows,
  selectedId,
  onSelect,
  names,
  formatDate,
  hasMore,
  loadingMore,
  moreFailed,
  onLoadMore,
  busy,
  text,
}: SummaryListProps) {
  return (
    <div className="sona-calls__list-pane" aria-busy={busy || undefined}>
      <ul className="sona-calls__list" aria-label={text.listLabel} onKeyDown={moveFocus}>
        {rows.map((summary) => {
          const selected = summary.id === selectedId;
          const place = [
            names.flowName(summary.callFlowId),
            names.stepTitle(summary.callFlowId, summary.stepId),
            names.jobName(summary.jobId),
          ];
          return (
            <li key={summary.id}>
              <button
                type="button"
                className="sona-calls__item"
                data-call={summary.id}
                aria-current={selected ? 'true' : undefined}
                onClick={() => onSelect(summary)}
              >
                <span className="sona-calls__item-top">
                  <span className="sona-calls__item-caller">
                    {callerName(summary.caller, text.unknownCaller)}
                  </span>
                  <time className="sona-calls__item-date" dateTime={summary.createdAt}>
                    {formatDate(summary.createdAt)}
                  </time>
                </span>
                <span className="sona-calls__item-intent" title={summary.intent}>
                  {summary.intent}
                </span>
                <span className="sona-calls__item-meta">
                  <OutcomeBadge outcome={summary.outcome} text={text} />
                  <SourceBadge source={summary.source} text={text} />
                  {/* Three user names in one line: each isolated, an override in one cannot reverse the others. */}
                  <span className="sona-calls__item-place">{place.map(isolate).join(' · ')}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {hasMore || moreFailed ? (
        <div className="sona-calls__more">
          {moreFailed ? (
            <p className="sona-calls__more-error" role="alert">
              {text.loadMoreFailed}
            </p>
          ) : null}
          <button type="button" className="sona-button" onClick={onLoadMore} disabled={loadingMore}>
            {loadingMore ? <span className="sona-spinner" aria-hidden="true" /> : null}
            {loadingMore ? text.loadingMore : moreFailed ? text.retry : text.loadMore}
          </button>
        </div>
      ) : null}
    </div>
  );
}
