import type { ReactNode } from 'react';
import { ErrorIcon } from '../../ui';

/** The props of `LibraryMessage`. */
export interface LibraryMessageProps {
  /** The sign above the title (an error's own for the error tone). */
  icon: ReactNode;
  title: string;
  /** The explanation under the title. */
  children?: ReactNode;
  /** A button that helps (Retry, Clear search). */
  action?: ReactNode;
  /** `error` for a failure. */
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
