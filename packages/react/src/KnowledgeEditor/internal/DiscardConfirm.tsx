import * as Dialog from '@radix-ui/react-dialog';
import { useRef } from 'react';
import { WarningIcon } from '../../icons/icons';
import { useMessages } from '../../provider/DesignerContext';

export interface DiscardConfirmProps {
  open: boolean;
  container: HTMLElement | null;
  onKeep(): void;
  onDiscard(): void;
}

/** "Discard your changes?", over the editor, when someone closes it with unsaved changes. */
export function DiscardConfirm({ open, container, onKeep, onDiscard }: DiscardConfirmProps) {
  const text = useMessages().library;
  const keep = useRef<HTMLButtonElement>(null);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? undefined : onKeep())}>
      <Dialog.Portal container={container}>
        <Dialog.Overlay className="sona-modal-overlay sona-knowledge-editor__discard-overlay" />
        <Dialog.Content
          role="alertdialog"
          className="sona-modal sona-knowledge-editor__discard"
          onOpenAutoFocus={(event) => {
            // The safe choice has focus, so Enter keeps the work.
            event.preventDefault();
            keep.current?.focus();
          }}
        >
          <div className="sona-modal__header">
            <span className="sona-knowledge-editor__warning-icon">
              <WarningIcon />
            </span>
            <Dialog.Title className="sona-modal__title">{text.discardTitle}</Dialog.Title>
          </div>
          <Dialog.Description className="sona-modal__description">{text.discardBody}</Dialog.Description>
          <div className="sona-library-dialog__footer">
            <button type="button" className="sona-button sona-library__danger" onClick={onDiscard}>
              {text.discard}
            </button>
            <Dialog.Close ref={keep} className="sona-button sona-button--primary">
              {text.keepEditing}
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
