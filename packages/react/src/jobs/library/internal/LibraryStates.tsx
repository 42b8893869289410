import type { ReactNode } from 'react';
import { ErrorIcon } from '../../../ui';

export interface LibraryMessageProps {
  icon: ReactNode;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  tone?: 'neutral' | 'error';
  /** `alert` for a failure, so it is announced when it appears. */
  role?: 'alert' | 'status';
}

/** A centred message in place of the list: empty workspace, no results, failed load. */
export function LibraryMessage({
  icon,
  title,
  children,
  action,
  tone = 'neutral',
  role,
}: LibraryMessageProps) {
  return (
    <div className="sona-library__message" data-tone={tone} role={role}>
      <span className="sona-library__message-icon">{tone === 'error' ? <ErrorIcon /> : icon}</span>
      <p className="sona-library__message-title">{title}</p>
      {children ? <p className="sona-library__message-body">{children}</p> : null}
      {action ? <div className="sona-library__message-action">{action}</div> : null}
    </div>
  );
}

/** Grey rows shaped like the real ones while the first page loads, with the words for screen readers. */
export function LibrarySkeleton({ label, rows = 6 }: { label: string; rows?: number }) {
  return (
    <div className="sona-library__skeleton">
      <p className="sona-library__loading" role="status">
        <span className="sona-spinner" aria-hidden="true" />
        {label}
      </p>
      <div aria-hidden="true">
        {Array.from({ length: rows }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders without identity.
          <div key={index} className="sona-library__skeleton-row">
            <span style={{ width: `${48 - ((index * 7) % 20)}%` }} />
            <span style={{ width: `${30 + ((index * 11) % 25)}%` }} />
          </div>
        ))}
      </div>
    </div>
  );
}
