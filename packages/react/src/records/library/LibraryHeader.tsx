import type { ReactNode } from 'react';
import { useDesigner } from '../../state';
import { LockIcon } from '../../ui';

/** The props of `LibraryHeader`. */
export interface LibraryHeaderProps {
  /** The heading's id, which names the page. */
  headingId: string;
  /** The page's heading. */
  title: string;
  /** "26 jobs"; null until known. */
  total: string | null;
  /** The create button (none when read-only). */
  action: ReactNode;
  /** More buttons before it, shown read-only too (the job library's export and import). */
  tools?: ReactNode;
  /** A line under the title (the knowledge library's live/publish note). */
  note?: ReactNode;
}

/** The library's title with its total, the create button, and a read-only note when nothing can change. */
export function LibraryHeader({ headingId, title, total, action, tools, note }: LibraryHeaderProps) {
  const { messages, readOnly } = useDesigner();
  return (
    <header className="sona-library__header">
      <div className="sona-library__titles">
        <h2 id={headingId} className="sona-library__title">
          {title}
        </h2>
        {total !== null ? <span className="sona-library__total">{total}</span> : null}
        {readOnly ? (
          <span className="sona-library__readonly">
            <LockIcon />
            {messages.library.readOnlyNote}
          </span>
        ) : null}
      </div>
      {tools || (action && !readOnly) ? (
        <div className="sona-library__actions">
          {tools}
          {readOnly ? null : action}
        </div>
      ) : null}
      {note ? <div className="sona-library__note">{note}</div> : null}
    </header>
  );
}
