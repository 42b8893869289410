import * as Dialog from '@radix-ui/react-dialog';
import { useId } from 'react';
import { formatMessage } from '../../i18n';
import { useDesigner, useFlow, useFlowStoreApi } from '../../state';
import { usePortalContainer, WarningIcon } from '../../ui';
import { ConflictComparison } from './internal/ConflictComparison';

/** Props of `ConflictDialog`. */
export interface ConflictDialogProps {
  /** Where focus goes when the dialog closes; by default, back to where it was before the dialog opened. */
  onCloseAutoFocus?(event: Event): void;
}

/**
 * Opens when saving meets someone else's newer draft: what differs, then Reload theirs (yours stays one Undo away)
 * or Keep mine and overwrite. Closing it decides nothing: the conflict stays, and `SaveStatus` offers Resolve… to
 * reopen it. Render one per flow (`CallFlowDesigner` does).
 */
export function ConflictDialog({ onCloseAutoFocus }: ConflictDialogProps) {
  const { messages, locale } = useDesigner();
  const text = messages.designer;
  const store = useFlowStoreApi();
  const conflict = useFlow((state) => state.conflict);
  const open = useFlow((state) => state.conflict !== null && state.conflict !== state.dismissedConflict);
  const [portalRef, container] = usePortalContainer();
  const reloadHintId = useId();
  const keepHintId = useId();
  const savedAt = conflict
    ? new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(conflict.updatedAt))
    : '';

  return (
    <>
      <span hidden ref={portalRef} />
      <Dialog.Root open={open} onOpenChange={(next) => store.getState().showConflictDialog(next)}>
        <Dialog.Portal container={container}>
          <Dialog.Overlay className="sona-modal-overlay" />
          <Dialog.Content
            className="sona-modal sona-conflict-dialog"
            {...(onCloseAutoFocus ? { onCloseAutoFocus } : {})}
          >
            <div className="sona-modal__header sona-conflict-dialog__header">
              <span className="sona-conflict-dialog__icon">
                <WarningIcon />
              </span>
              <Dialog.Title className="sona-modal__title">{text.conflictTitle}</Dialog.Title>
            </div>
            <Dialog.Description className="sona-modal__description">
              {text.conflictBody} {formatMessage(text.conflictSavedAt, { time: savedAt })}
            </Dialog.Description>
            <div className="sona-modal__body">
              {conflict ? <ConflictComparison theirs={conflict} /> : null}
            </div>
            <div className="sona-conflict-dialog__choices">
              <div className="sona-conflict-dialog__choice">
                <button
                  type="button"
                  className="sona-button"
                  aria-describedby={reloadHintId}
                  onClick={() => store.getState().resolveConflict('theirs', text.historyLabels.reloadTheirs)}
                >
                  {text.conflictReloadTheirs}
                </button>
                <p id={reloadHintId} className="sona-conflict-dialog__hint">
                  {text.conflictKeptNote}
                </p>
              </div>
              <div className="sona-conflict-dialog__choice">
                <button
                  type="button"
                  className="sona-button sona-conflict-dialog__overwrite"
                  aria-describedby={keepHintId}
                  onClick={() => store.getState().resolveConflict('mine', text.conflictKeepMine)}
                >
                  {text.conflictKeepMine}
                </button>
                <p id={keepHintId} className="sona-conflict-dialog__hint">
                  {text.conflictOverwriteNote}
                </p>
              </div>
            </div>
            <Dialog.Close className="sona-button sona-conflict-dialog__later">
              {text.conflictClose}
            </Dialog.Close>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}
