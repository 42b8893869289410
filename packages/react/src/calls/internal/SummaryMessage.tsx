import type { ReactNode } from 'react';
import { LibraryMessage } from '../../records';
import { LineIcon } from '../../ui';

export interface SummaryMessageProps {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  tone?: 'neutral' | 'error';
  /** `alert` for a failure, so it is announced when it appears. */
  role?: 'alert' | 'status';
}

/** A message in place of the list: loading, empty, no results for the filters, failed (the libraries' look). */
export function SummaryMessage(props: SummaryMessageProps) {
  return <LibraryMessage icon={<CallIcon />} {...props} />;
}

/** A telephone handset, the sign of the call summaries' messages (22 px). */
function CallIcon() {
  return (
    <LineIcon
      grid={20}
      size={22}
      d="M6.2 2.8 4 3.4c-.8.3-1.3 1.1-1.1 2 1.4 5.6 5.9 10.1 11.6 11.5.9.2 1.7-.3 2-1.1l.6-2.2-3.6-1.8-1.6 1.6a10 10 0 0 1-5-5l1.6-1.6L6.2 2.8Z"
    />
  );
}
