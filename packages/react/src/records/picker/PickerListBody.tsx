import type { ReactNode, RefObject } from 'react';
import { errorText, formatMessage } from '../../i18n';
import { useMessages } from '../../state';
import type { JobsIconName } from '../../ui';
import { ListError, ListLoading, ListMessage, NoSearchResults } from './ListStates';
import type { PickerSearchHandle } from './PickerSearch';
import type { PickerList } from './usePickerList';

/** The props of `PickerListBody`. */
export interface PickerListBodyProps {
  /** The picker's list and search (`usePickerList`). */
  picker: PickerList<{ id: string }>;
  /** False until the flow is loaded: the list waits. */
  ready: boolean;
  /** The words of each state, in the picker's catalogue. */
  text: {
    loading: string;
    loadFailed: string;
    retry: string;
    emptyTitle: string;
    emptyBody: string;
    /** With `{query}`. */
    noResultsTitle: string;
    noResultsBody: string;
    clearSearch: string;
  };
  /** The icon of the empty workspace's message. */
  emptyIcon: JobsIconName;
  /** What the empty workspace's message offers (the job picker's Create job). */
  emptyAction?: ReactNode;
  /** The search box: Retry and Clear search give it focus. */
  searchRef: RefObject<HTMLInputElement | null>;
  /** Clear search empties it. */
  searchBox: RefObject<PickerSearchHandle | null>;
  /** The rows, once there are some. */
  children: ReactNode;
}

/** What a picker shows in place of its rows: loading, failed with Retry, an empty workspace, or no results. */
export function PickerListBody({
  picker,
  ready,
  text,
  emptyIcon,
  emptyAction,
  searchRef,
  searchBox,
  children,
}: PickerListBodyProps) {
  const messages = useMessages();
  const { list } = picker;
  if (!ready || list.status === 'loading') return <ListLoading label={text.loading} />;
  if (list.status === 'error') {
    return (
      <ListError
        title={text.loadFailed}
        message={errorText(messages, list.error)}
        retry={text.retry}
        onRetry={() => {
          list.reload();
          searchRef.current?.focus();
        }}
      />
    );
  }
  if (picker.workspaceEmpty) {
    return (
      <ListMessage icon={emptyIcon} title={text.emptyTitle} body={text.emptyBody}>
        {emptyAction}
      </ListMessage>
    );
  }
  if (list.rows.length === 0) {
    return (
      <NoSearchResults
        title={formatMessage(text.noResultsTitle, { query: picker.shownQuery })}
        body={text.noResultsBody}
        clearLabel={text.clearSearch}
        onClear={() => {
          searchBox.current?.clear();
          searchRef.current?.focus();
        }}
      />
    );
  }
  return children;
}
