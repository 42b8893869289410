import type { ReactNode } from 'react';
import { formatMessage } from '../../i18n';
import type { PagedList } from '../list/usePagedList';
import { LibraryMessage } from './LibraryMessage';
import { LibrarySkeleton } from './LibrarySkeleton';
import { type LibraryColumn, LibraryTable } from './LibraryTable';

/** The words of a library's body, in the library's catalogue. */
export interface LibraryBodyText {
  /** While the first page loads. */
  loading: string;
  /** When it failed. */
  loadFailed: string;
  retry: string;
  /** The workspace holds none yet. */
  emptyTitle: string;
  emptyBody: string;
  /** With `{query}`. */
  noResultsTitle: string;
  noResultsBody: string;
  clearSearch: string;
  /** The table's accessible name. */
  listLabel: string;
}

/** The props of `LibraryBody`. */
export interface LibraryBodyProps<T extends { id: string }> {
  /** The paged rows. */
  list: PagedList<T>;
  /** The search the rows answer. */
  query: string;
  text: LibraryBodyText;
  /** The icon of the empty and no-results messages. */
  icon: ReactNode;
  /** Offered on the empty workspace (null in read-only mode). */
  createButton: ReactNode;
  /** Empties the search. */
  onClearSearch(): void;
  /** The table's columns. */
  columns: LibraryColumn[];
  /** The cells of one row, each a `<td>`. */
  renderCells(row: T): ReactNode;
  /** Changes with the query: the table scrolls back to the top. */
  resetKey: string;
}

/** What a library shows below its header: loading, failed with Retry, empty, no results, or the rows. */
export function LibraryBody<T extends { id: string }>({
  list,
  query,
  text,
  icon,
  createButton,
  onClearSearch,
  columns,
  renderCells,
  resetKey,
}: LibraryBodyProps<T>) {
  if (list.status === 'loading') return <LibrarySkeleton label={text.loading} />;
  if (list.status === 'error') {
    return (
      <LibraryMessage
        icon={null}
        tone="error"
        role="alert"
        title={text.loadFailed}
        action={
          <button type="button" className="sona-button" onClick={list.retry}>
            {text.retry}
          </button>
        }
      />
    );
  }
  if (list.rows.length === 0 && query === '') {
    return (
      <LibraryMessage icon={icon} title={text.emptyTitle} action={createButton}>
        {text.emptyBody}
      </LibraryMessage>
    );
  }
  if (list.rows.length === 0) {
    return (
      <LibraryMessage
        icon={icon}
        title={formatMessage(text.noResultsTitle, { query })}
        action={
          <button type="button" className="sona-button" onClick={onClearSearch}>
            {text.clearSearch}
          </button>
        }
      >
        {text.noResultsBody}
      </LibraryMessage>
    );
  }
  return (
    <LibraryTable
      label={text.listLabel}
      columns={columns}
      rows={list.rows}
      total={list.total}
      hasMore={list.hasMore}
      loadingMore={list.loadingMore}
      moreFailed={list.moreError !== null}
      onLoadMore={list.loadMore}
      renderCells={renderCells}
      resetKey={resetKey}
      busy={list.refreshing}
    />
  );
}
