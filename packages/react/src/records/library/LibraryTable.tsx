import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useRef } from 'react';
import type { LibraryMessages } from '../../i18n';
import { useMessages } from '../../state';
import { withClassName } from '../../ui';

/** Fixed heights keep virtualisation exact: rows are never measured. */
export const ROW_HEIGHT = 56;
const HEAD_HEIGHT = 40;
/** Start loading the next page this many rows before the end. */
const PREFETCH_ROWS = 30;

/** A column of a library's table. */
export interface LibraryColumn {
  /** Names the cells' class (`sona-library__cell--name`). */
  key: string;
  /** The column's header. */
  label: string;
  /** Read by screen readers only (e.g. "Actions"). */
  hiddenLabel?: boolean;
}

/** The props of `LibraryTable`. */
export interface LibraryTableProps<T extends { id: string }> {
  /** The table's accessible name. */
  label: string;
  columns: readonly LibraryColumn[];
  /** The rows loaded so far. */
  rows: readonly T[];
  /** How many rows match in all pages. */
  total: number;
  /** More pages to load. */
  hasMore: boolean;
  loadingMore: boolean;
  /** The next page failed: Retry. */
  moreFailed: boolean;
  /** Loads the next page. */
  onLoadMore(): void;
  /** The cells of one row, each a `<td>`. */
  renderCells(row: T): ReactNode;
  /** Changes with the query or sort: the list scrolls back to the top. */
  resetKey: string;
  /** A new query is loading while these rows stay visible. */
  busy: boolean;
  /** More classes for the scrolling box. */
  className?: string;
}

/**
 * A virtualised table: only the rows on screen (plus a few) are in the DOM, whatever the number of items, and the
 * next page loads as the end comes into view. Rows keep their ARIA row index so assistive technology reads
 * "row 512 of 10,001".
 */
export function LibraryTable<T extends { id: string }>({
  label,
  columns,
  rows,
  total,
  hasMore,
  loadingMore,
  moreFailed,
  onLoadMore,
  renderCells,
  resetKey,
  busy,
  className,
}: LibraryTableProps<T>) {
  const text = useMessages().library;
  const scroller = useRef<HTMLDivElement>(null);
  const count = rows.length + (hasMore ? 1 : 0);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    scrollMargin: HEAD_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? '(more)',
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && !moreFailed && lastIndex >= rows.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, moreFailed, lastIndex, rows.length, onLoadMore]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: scrolls back to the top when the query changes.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  return (
    <div ref={scroller} className={withClassName('sona-library__scroller', className)}>
      <table
        className="sona-library__table"
        aria-label={label}
        aria-rowcount={Math.max(total, rows.length) + 1}
        aria-busy={busy || undefined}
      >
        <thead className="sona-library__head">
          <tr aria-rowindex={1} className="sona-library__row sona-library__row--head">
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={`sona-library__cell sona-library__cell--${column.key}`}
              >
                {column.hiddenLabel ? (
                  <span className="sona-visually-hidden">{column.label}</span>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody
          className="sona-library__body"
          style={{ height: virtualizer.getTotalSize() }}
          data-busy={busy || undefined}
        >
          {items.map((item) => {
            const row = rows[item.index];
            const style = { transform: `translateY(${item.start - HEAD_HEIGHT}px)`, height: ROW_HEIGHT };
            if (!row) {
              return (
                <tr key={item.key} className="sona-library__row sona-library__row--more" style={style}>
                  <td colSpan={columns.length} className="sona-library__more">
                    {moreFailed ? (
                      <>
                        <span>{text.loadMoreFailed}</span>
                        <button
                          type="button"
                          className="sona-button sona-library__small"
                          onClick={onLoadMore}
                        >
                          {text.retry}
                        </button>
                      </>
                    ) : (
                      <>
                        <span className="sona-spinner" aria-hidden="true" />
                        <span>{text.loadingMore}</span>
                      </>
                    )}
                  </td>
                </tr>
              );
            }
            return (
              <tr
                key={item.key}
                aria-rowindex={item.index + 2}
                className="sona-library__row"
                data-index={item.index}
                style={style}
              >
                {renderCells(row)}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A library's columns: name, the detail of its kind of record, usage, last edited, actions. */
export function libraryColumns(text: LibraryMessages, name: string, detail: LibraryColumn): LibraryColumn[] {
  return [
    { key: 'name', label: name },
    detail,
    { key: 'usage', label: text.columnUsage },
    { key: 'updated', label: text.columnUpdated },
    { key: 'actions', label: text.columnActions, hiddenLabel: true },
  ];
}
