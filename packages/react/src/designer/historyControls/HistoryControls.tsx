import { useFlow, useFlowStoreApi, useMessages } from '../../state';
import { withClassName } from '../../ui';

/** Props of `HistoryControls`. */
export interface HistoryControlsProps {
  /** Added to the controls' root element, e.g. to place them in your own toolbar. */
  className?: string;
}

function UndoIcon({ mirrored = false }: { mirrored?: boolean }) {
  return (
    <svg
      className={mirrored ? 'sona-icon sona-icon--mirrored' : 'sona-icon'}
      viewBox="0 0 20 20"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M7.5 5 3 9.5 7.5 14M3.5 9.5H12a4.5 4.5 0 0 1 0 9h-2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** Undo and Redo buttons; each names what it would undo or redo in its tooltip. */
export function HistoryControls({ className }: HistoryControlsProps) {
  const text = useMessages().designer;
  const store = useFlowStoreApi();
  const lastDone = useFlow((state) => state.past[state.past.length - 1]?.label ?? null);
  const lastUndone = useFlow((state) => state.future[state.future.length - 1]?.label ?? null);
  const disabled = useFlow((state) => state.readOnly || state.loadState !== 'ready');

  return (
    <div className={withClassName('sona-history-controls', className)}>
      <button
        type="button"
        className="sona-icon-button"
        aria-keyshortcuts="Control+Z Meta+Z"
        title={lastDone ? `${text.undo}: ${lastDone} (${text.undoShortcut})` : text.undoShortcut}
        disabled={disabled || lastDone === null}
        onClick={() => store.getState().undo()}
      >
        <UndoIcon />
        <span>{text.undo}</span>
      </button>
      <button
        type="button"
        className="sona-icon-button"
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        title={lastUndone ? `${text.redo}: ${lastUndone} (${text.redoShortcut})` : text.redoShortcut}
        disabled={disabled || lastUndone === null}
        onClick={() => store.getState().redo()}
      >
        <UndoIcon mirrored />
        <span>{text.redo}</span>
      </button>
    </div>
  );
}
