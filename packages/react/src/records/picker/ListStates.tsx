// The states a picker's list shows instead of rows: loading, failed, empty, no results.
import type { ReactNode } from 'react';
import { JobsIcon, type JobsIconName } from '../../ui';

/** The list's first page is on its way. */
export function ListLoading({ label }: { label: string }) {
  return (
    <div className="sona-list-state" role="status">
      <span className="sona-spinner" aria-hidden="true" />
      <p className="sona-list-state__body">{label}</p>
    </div>
  );
}

/** The list failed: the adapter's message and Retry. */
export function ListError({
  title,
  message,
  retry,
  onRetry,
}: {
  title: string;
  message: string;
  retry: string;
  onRetry(): void;
}) {
  return (
    <div className="sona-list-state sona-list-state--error" role="alert">
      <span className="sona-list-state__icon">
        <JobsIcon name="warning" size={22} />
      </span>
      <p className="sona-list-state__title">{title}</p>
      <p className="sona-list-state__body">{message}</p>
      <button type="button" className="sona-button" onClick={onRetry}>
        <JobsIcon name="retry" />
        {retry}
      </button>
    </div>
  );
}

/** A message in place of the rows, with an icon and an optional action. */
export function ListMessage({
  icon,
  title,
  body,
  children,
}: {
  icon: JobsIconName;
  title: string;
  body: string;
  children?: ReactNode;
}) {
  return (
    <div className="sona-list-state">
      <span className="sona-list-state__icon">
        <JobsIcon name={icon} size={22} />
      </span>
      <p className="sona-list-state__title">{title}</p>
      <p className="sona-list-state__body">{body}</p>
      {children}
    </div>
  );
}

/** A search that found nothing, with the button that clears it (the pickers give focus back to the search box). */
export function NoSearchResults({
  title,
  body,
  clearLabel,
  onClear,
}: {
  title: string;
  body: string;
  clearLabel: string;
  onClear(): void;
}) {
  return (
    <ListMessage icon="search" title={title} body={body}>
      <button type="button" className="sona-button" onClick={onClear}>
        {clearLabel}
      </button>
    </ListMessage>
  );
}
