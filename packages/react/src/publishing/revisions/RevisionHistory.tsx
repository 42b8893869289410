import { useState } from 'react';
import { useMessages } from '../../state';
import { HistoryIcon, lazyDialog } from '../../ui';

/** Props of `RevisionHistory`. */
export interface RevisionHistoryProps {
  /** Called after a revision was copied into the draft (e.g. to announce it). */
  onRestored?(revision: number): void;
}

// The dialog's code loads the first time History is pressed (or in an idle moment before): the publish bar shows
// the button on every page, and few open it.
const LazyRevisionDialog = /* @__PURE__ */ lazyDialog(() =>
  import('./internal/RevisionDialog').then((module) => module.RevisionDialog),
);

/**
 * The "History" button and its dialog: published revisions newest first, each with its date, size and what it
 * changed, and Restore to draft (one undoable change; publishing stays a separate step).
 */
export function RevisionHistory({ onRestored }: RevisionHistoryProps) {
  const text = useMessages().publish;
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="sona-button sona-publish-bar__history"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <HistoryIcon />
        <span>{text.history}</span>
      </button>
      <LazyRevisionDialog open={open} onOpenChange={setOpen} {...(onRestored ? { onRestored } : {})} />
    </>
  );
}
