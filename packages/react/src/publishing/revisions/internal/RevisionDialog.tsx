import * as Dialog from '@radix-ui/react-dialog';
import { formatMessage } from '../../../i18n';
import { useDesigner, useFlowStoreApi } from '../../../state';
import { CloseIcon, useFocusReturn, usePortalContainer } from '../../../ui';
import { RevisionList } from './RevisionList';

/** Props of `RevisionDialog`. */
export interface RevisionDialogProps {
  /** Called after a revision was copied into the draft (`RevisionHistory`'s `onRestored`). */
  onRestored?(revision: number): void;
  /** Whether the dialog shows. */
  open: boolean;
  /** Called when the dialog asks to close (Escape, Close, a revision restored). */
  onOpenChange(open: boolean): void;
}

/**
 * The "Revision history" dialog of the History button: the published revisions, newest first, and Restore to draft
 * as one undoable change. Its code (the list's with it) loads when History is first pressed, or in an idle moment.
 */
export function RevisionDialog({ open, onOpenChange, onRestored }: RevisionDialogProps) {
  const { messages } = useDesigner();
  const text = messages.publish;
  const store = useFlowStoreApi();
  const [portalRef, container] = usePortalContainer();
  // Opened by a plain button (a Dialog.Trigger would have to load with the dialog): focus goes back to it.
  const focusReturn = useFocusReturn();

  const restore = (revision: number) => {
    store
      .getState()
      .restoreRevision(revision, formatMessage(messages.designer.historyLabels.restore, { revision }));
    onOpenChange(false);
    onRestored?.(revision);
  };

  return (
    <>
      <span hidden ref={portalRef} />
      {/* Mounted open on first use: wait for the portal's place rather than open in the page's body and move. */}
      {container ? (
        <Dialog.Root open={open} onOpenChange={onOpenChange}>
          <Dialog.Portal container={container}>
            <Dialog.Overlay className="sona-modal-overlay" />
            <Dialog.Content
              className="sona-modal sona-revision-history"
              onCloseAutoFocus={focusReturn.onCloseAutoFocus}
              onOpenAutoFocus={(event) => {
                focusReturn.remember();
                // Focus the dialog itself: its title and explanation are read first, then the revisions.
                event.preventDefault();
                (event.currentTarget as HTMLElement | null)?.focus();
              }}
            >
              <div className="sona-modal__header">
                <Dialog.Title className="sona-modal__title">{text.historyTitle}</Dialog.Title>
                <Dialog.Close className="sona-publish-popover__close" aria-label={text.close}>
                  <CloseIcon />
                </Dialog.Close>
              </div>
              <Dialog.Description className="sona-modal__description">{text.historyIntro}</Dialog.Description>
              <div className="sona-modal__body">
                <RevisionList onRestore={restore} />
              </div>
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      ) : null}
    </>
  );
}
