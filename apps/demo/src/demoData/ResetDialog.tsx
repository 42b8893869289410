import { formatMessage } from '@sona-designer/react';
import { useEffect, useId, useRef, useState } from 'react';
import type { DemoDataMessages } from './messages';

interface ResetDialogProps {
  open: boolean;
  text: DemoDataMessages;
  onConfirm: () => Promise<void>;
  /** Closed by Cancel, Escape or after the reset; the caller puts focus back on what opened it. */
  onClose: () => void;
}

/**
 * Asks before resetting the demo data. A native modal dialog: the page behind is inert, Tab stays inside, Escape
 * closes it. Focus starts on Cancel, the safe choice for a change that cannot be undone.
 */
export function ResetDialog({ open, text, onConfirm, onClose }: ResetDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setFailure(null);
      element.showModal();
      cancel.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  async function confirm() {
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm();
      onClose();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={dialog}
      className="demo-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // Escape while the reset runs would hide it half-way: wait for it.
        if (busy) event.preventDefault();
      }}
      onClose={() => {
        if (open) onClose();
      }}
    >
      <h2 id={titleId} className="demo-dialog__title">
        {text.resetTitle}
      </h2>
      <div id={bodyId} className="demo-dialog__body">
        <p>{text.resetBody}</p>
        <p>{text.resetTabs}</p>
      </div>
      {failure && (
        <p className="demo-dialog__error" role="alert">
          {formatMessage(text.resetFailed, { reason: failure })}
        </p>
      )}
      <div className="demo-dialog__actions">
        <button
          ref={cancel}
          type="button"
          className="demo-button demo-button--secondary"
          onClick={onClose}
          disabled={busy}
        >
          {text.cancel}
        </button>
        <button
          type="button"
          className="demo-button demo-button--danger"
          onClick={() => void confirm()}
          disabled={busy}
        >
          {busy ? text.resetting : text.resetConfirm}
        </button>
      </div>
    </dialog>
  );
}
