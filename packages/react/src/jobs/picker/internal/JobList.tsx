import type { DesignerError, Job } from '@sona-designer/core';
import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import {
  type KeyboardEvent,
  memo,
  type Ref,
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
} from 'react';
import { useStore } from 'zustand';
import { errorText } from '../../../i18n';
import { useDesigner } from '../../../state';
import { JobRow, ROW_HEIGHT } from './JobRow';

export interface JobListHandle {
  /** Moves focus to the first row that can be toggled. */
  focusFirst(): void;
  scrollToTop(): void;
}

export interface JobListProps {
  items: Job[];
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  moreError: DesignerError | null;
  busy: boolean;
  attachedIds: readonly string[];
  full: boolean;
  readOnly: boolean;
  flowId: string;
  stepId: string;
  onLoadMore(): void;
  onToggle(job: Job, checked: boolean): void;
  onRefused(): void;
  ref?: Ref<JobListHandle>;
}

const OVERSCAN = 6;
/** Asks for the next page this many rows before the end. */
const PREFETCH_ROWS = 25;

/**
 * The virtualised list of jobs: only the rows in view (plus a few) are in the DOM, whatever the size of the
 * workspace. Up/Down/Home/End/PageUp/PageDown move between the rows that can be toggled; Space toggles. Memoised:
 * a keystroke in the picker's search box re-renders the box, not the list, until the results change.
 */
export const JobList = memo(function JobList({
  items,
  total,
  hasMore,
  loadingMore,
  moreError,
  busy,
  attachedIds,
  full,
  readOnly,
  flowId,
  stepId,
  onLoadMore,
  onToggle,
  onRefused,
  ref,
}: JobListProps) {
  const { messages, workspace } = useDesigner();
  const text = messages.jobPicker;
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focused = useRef<number | null>(null);
  const attached = new Set(attachedIds);
  const extraRow = hasMore || moreError !== null;

  const virtualizer = useVirtualizer({
    count: items.length + (extraRow ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => items[index]?.id ?? '#more',
    // The focused row stays rendered when scrolled away, so focus is never lost to the page.
    rangeExtractor: useCallback((range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const keep = focused.current;
      if (keep !== null && keep < range.count && !indexes.includes(keep)) {
        indexes.push(keep);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    }, []),
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && !moreError && lastIndex >= items.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, moreError, lastIndex, items.length, onLoadMore]);

  // Where else each job is used: fetched for the rows in view only, once scrolling pauses.
  const usage = useStore(workspace, (state) => state.jobUsage);
  // The cached copy of a job is fresher when it was edited since the page loaded.
  const cachedJobs = useStore(workspace, (state) => state.jobs);
  const visibleIds = virtualItems
    .map((item) => items[item.index]?.id)
    .filter(Boolean)
    .join(' ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `usage` emptied by a flow change asks again.
  useEffect(() => {
    if (!visibleIds) return;
    const timer = setTimeout(() => void workspace.getState().ensureJobUsage(visibleIds.split(' ')), 120);
    return () => clearTimeout(timer);
  }, [visibleIds, workspace, usage]);

  const enabledAt = (index: number) => {
    const job = items[index];
    return job !== undefined && !readOnly && (!full || attached.has(job.id));
  };

  function focusRow(index: number) {
    focused.current = index;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    let tries = 0;
    const attempt = () => {
      const box = listRef.current?.querySelector<HTMLInputElement>(`input[data-index="${index}"]`);
      if (box) box.focus({ preventScroll: true });
      else if (tries++ < 10) requestAnimationFrame(attempt);
    };
    attempt();
  }

  function nextEnabled(from: number, step: 1 | -1): number | null {
    for (let index = from; index >= 0 && index < items.length; index += step) {
      if (enabledAt(index)) return index;
    }
    return null;
  }

  useImperativeHandle(ref, () => ({
    focusFirst() {
      const index = nextEnabled(0, 1);
      if (index !== null) focusRow(index);
    },
    scrollToTop() {
      focused.current = null;
      // Already at the top (the usual case while typing): scrolling there would force a layout before the frame's.
      if (virtualizer.scrollOffset === 0 && !virtualizer.isScrolling) return;
      virtualizer.scrollToOffset(0);
    },
  }));

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const current = Number((event.target as HTMLElement).dataset.index);
    if (!Number.isInteger(current)) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    let target: number | null = null;
    switch (event.key) {
      case 'ArrowDown':
        target = nextEnabled(current + 1, 1);
        break;
      case 'ArrowUp':
        target = nextEnabled(current - 1, -1);
        break;
      case 'Home':
        target = nextEnabled(0, 1);
        break;
      case 'End':
        target = nextEnabled(items.length - 1, -1);
        break;
      case 'PageDown':
        target =
          nextEnabled(Math.min(items.length - 1, current + page), 1) ?? nextEnabled(current + page, -1);
        break;
      case 'PageUp':
        target = nextEnabled(Math.max(0, current - page), -1) ?? nextEnabled(current - page, 1);
        break;
      case 'Enter':
        // Enter toggles too, as in most pickers (a checkbox alone only answers Space).
        if (enabledAt(current)) {
          event.preventDefault();
          (event.target as HTMLInputElement).click();
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    if (target !== null && target !== current) focusRow(target);
  }

  return (
    <div
      ref={scrollRef}
      className="sona-job-list"
      aria-busy={busy || undefined}
      // With every row disabled (read only), the box itself takes focus so the keyboard can scroll it.
      tabIndex={readOnly ? 0 : undefined}
    >
      <ul
        ref={listRef}
        className="sona-job-list__rows"
        aria-label={text.listLabel}
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const index = Number((event.target as HTMLElement).dataset.index);
          if (Number.isInteger(index)) focused.current = index;
        }}
      >
        {virtualItems.map((item) => {
          const job = items[item.index];
          if (!job) {
            return (
              <li
                key={item.key}
                className="sona-job-list__more"
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                {moreError ? (
                  <>
                    <span>
                      {text.loadMoreFailed} {errorText(messages, moreError)}
                    </span>
                    <button type="button" className="sona-button" onClick={onLoadMore}>
                      {text.retry}
                    </button>
                  </>
                ) : (
                  <>
                    <span className="sona-spinner" aria-hidden="true" />
                    <span>{text.loadingMore}</span>
                  </>
                )}
              </li>
            );
          }
          const checked = attached.has(job.id);
          return (
            <JobRow
              key={item.key}
              job={cachedJobs[job.id] ?? job}
              usage={usage[job.id]}
              index={item.index}
              setSize={total}
              start={item.start}
              checked={checked}
              disabled={readOnly || (full && !checked)}
              flowId={flowId}
              stepId={stepId}
              onToggle={onToggle}
              onRefused={onRefused}
            />
          );
        })}
      </ul>
    </div>
  );
});
