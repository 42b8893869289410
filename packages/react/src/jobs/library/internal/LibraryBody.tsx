import type { ReactNode } from 'react';
import { formatMessage } from '../../../i18n';
import { LibraryMessage, LibrarySkeleton } from './LibraryStates';
import { type LibraryColumn, LibraryTable } from './LibraryTable';
import type { PagedList } from './usePagedList';

export interface LibraryBodyText {
  loading: string;
  loadFailed: string;
  retry: string;
  emptyTitle: string;
  emptyBody: string;
  /** With `{query}`. */
  noResultsTitle: string;
  noResultsBody: string;
  clearSearch: string;
  listLabel: string;
}

export interface LibraryBodyProps<T extends { id: string }> {
  list: PagedList<T>;
  query: string;
  text: LibraryBodyText;
  icon: ReactNode;
  /** Offered on the empty workspace (null in read-only mode). */
  createButton: ReactNode;
  onClearSearch(): void;
  columns: LibraryColumn[];
  renderCells(row: T): ReactNode;
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
      moreFailed={list.moreFailed}
      onLoadMore={list.loadMore}
      renderCells={renderCells}
      resetKey={resetKey}
      busy={list.refreshing}
    />
  );
}
