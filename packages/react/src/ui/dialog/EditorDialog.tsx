import * as Dialog from '@radix-ui/react-dialog';
import { type ReactNode, type RefObject, useRef, useState } from 'react';
import { useFocusReturn } from '../useFocusReturn';
import { usePortalContainer } from '../usePortalContainer';
import { DiscardConfirm, type DiscardConfirmMessages } from './DiscardConfirm';

export interface EditorDialogBody {
  container: HTMLElement;
  /** The form sets it to a function that says whether there are unsaved changes. */
  changesRef: RefObject<() => boolean>;
  /** After a save: closes without asking. */
  onDone(): void;
  /** Cancel: asks first when there are unsaved changes. */
  onCancel(): void;
}

export interface EditorDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  className: string;
  /** Id of the element that describes the dialog, when there is one. */
  describedBy?: string;
  discardMessages: DiscardConfirmMessages;
  children(body: EditorDialogBody): ReactNode;
}

/**
 * The modal shell of the job and knowledge editors: rendered inside the themed root, focus on the dialog until the
 * form focuses its first field, focus back to the opener, and "Discard your changes?" before closing with unsaved work.
 */
export function EditorDialog({
  open,
  onOpenChange,
  className,
  describedBy,
  discardMessages,
  children,
}: EditorDialogProps) {
  const [portalRef, container] = usePortalContainer();
  const [confirming, setConfirming] = useState(false);
  const focusReturn = useFocusReturn();
  const changesRef = useRef<() => boolean>(() => false);

  const requestClose = () => {
    if (changesRef.current()) setConfirming(true);
    else onOpenChange(false);
  };
  const closeWithoutAsking = () => {
    changesRef.current = () => false;
    onOpenChange(false);
  };

  return (
    <>
      <span hidden ref={portalRef} />
      {/* Mounted once the themed root is known, so the dialog never renders outside it first. */}
      {container ? (
        <Dialog.Root open={open} onOpenChange={(next) => (next ? onOpenChange(true) : requestClose())}>
          <Dialog.Portal container={container}>
            <Dialog.Overlay className="sona-modal-overlay" />
            <Dialog.Content
              className={`sona-modal ${className}`}
              {...(describedBy ? { 'aria-describedby': describedBy } : {})}
              onCloseAutoFocus={focusReturn.onCloseAutoFocus}
              onOpenAutoFocus={(event) => {
                focusReturn.remember();
                // The form focuses its first field once its data is loaded; until then, the dialog itself.
                event.preventDefault();
                (event.currentTarget as HTMLElement | null)?.focus();
              }}
            >
              {children({ container, changesRef, onDone: closeWithoutAsking, onCancel: requestClose })}
              <DiscardConfirm
                open={confirming}
                container={container}
                messages={discardMessages}
                onKeep={() => setConfirming(false)}
                onDiscard={() => {
                  setConfirming(false);
                  closeWithoutAsking();
                }}
              />
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      ) : null}
    </>
  );
}
