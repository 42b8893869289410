import { type ReactNode, useId, useState } from 'react';
import { errorText } from '../../i18n';
import { useDesigner, useFlow, useFlowStoreApi } from '../../state';
import { CheckIcon, DotIcon, ErrorIcon, LockIcon, SpinnerIcon, WarningIcon, withClassName } from '../../ui';

/** Props of `SaveStatus`. */
export interface SaveStatusProps {
  /** Added to the status's root element, e.g. to place it in your own toolbar. */
  className?: string;
}

type Shown = 'loading' | 'read-only' | 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

/**
 * Whether the draft is saved: Saving…, Saved, Unsaved edits, Couldn't save (with Retry and the reason), or a
 * conflict waiting for a decision (with Resolve…, which reopens the `ConflictDialog`). Read only in read-only mode.
 */
export function SaveStatus({ className }: SaveStatusProps) {
  const { messages } = useDesigner();
  const text = messages.designer;
  const store = useFlowStoreApi();
  const shown = useFlow((state): Shown => {
    if (state.loadState !== 'ready') return 'loading';
    if (state.readOnly) return 'read-only';
    return state.saveState;
  });
  const reason = useFlow((state) =>
    state.saveState === 'error' && state.saveError ? errorText(messages, state.saveError) : null,
  );
  const [tooltip, setTooltip] = useState(false);
  const reasonId = useId();

  const labels: Record<Shown, [ReactNode, string]> = {
    loading: [null, ''],
    'read-only': [<LockIcon key="icon" />, text.readOnly],
    saved: [<CheckIcon key="icon" />, text.saved],
    pending: [<DotIcon key="icon" />, text.unsavedEdits],
    saving: [<SpinnerIcon key="icon" />, text.saving],
    error: [<ErrorIcon key="icon" />, text.saveFailed],
    conflict: [<WarningIcon key="icon" />, text.conflictStatus],
  };
  const [icon, label] = labels[shown];

  return (
    <div className={withClassName('sona-save-status', className)} data-state={shown}>
      <span className="sona-save-status__label" role="status">
        {icon}
        {label ? <span>{label}</span> : null}
      </span>
      {shown === 'error' ? (
        <span className="sona-save-status__retry">
          <button
            type="button"
            className="sona-save-status__button"
            aria-describedby={reason ? reasonId : undefined}
            onClick={() => void store.getState().save()}
            onFocus={() => setTooltip(true)}
            onBlur={() => setTooltip(false)}
            onPointerEnter={() => setTooltip(true)}
            onPointerLeave={() => setTooltip(false)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setTooltip(false);
            }}
          >
            {text.saveRetry}
          </button>
          {reason ? (
            <span id={reasonId} role="tooltip" className="sona-save-status__tooltip" hidden={!tooltip}>
              {reason}
            </span>
          ) : null}
        </span>
      ) : null}
      {shown === 'conflict' ? (
        <button
          type="button"
          className="sona-save-status__button"
          aria-haspopup="dialog"
          onClick={() => store.getState().showConflictDialog(true)}
        >
          {text.conflictResolve}
        </button>
      ) : null}
    </div>
  );
}
