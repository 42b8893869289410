import * as Dialog from '@radix-ui/react-dialog';
import { useRef } from 'react';
import { WarningIcon } from '../icons/icons';

export interface DiscardConfirmMessages {
  discardTitle: string;
  discardBody: string;
  discard: string;
  keepEditing: string;
}

export interface DiscardConfirmProps {
  open: boolean;
  container: HTMLElement | null;
  messages: DiscardConfirmMessages;
  onKeep(): void;
  onDiscard(): void;
}

/** "Discard your changes?", over an editor, when someone closes it with unsaved changes. */
export function DiscardConfirm({ open, container, messages, onKeep, onDiscard }: DiscardConfirmProps) {
  const keep = useRef<HTMLButtonElement>(null);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? undefined : onKeep())}>
      <Dialog.Portal container={container}>
        <Dialog.Overlay className="sona-modal-overlay sona-discard__overlay" />
        <Dialog.Content
          role="alertdialog"
          className="sona-modal sona-discard"
          onOpenAutoFocus={(event) => {
            // The safe choice has focus, so Enter keeps the work.
            event.preventDefault();
            keep.current?.focus();
          }}
        >
          <div className="sona-modal__header">
            <span className="sona-discard__icon">
              <WarningIcon />
            </span>
            <Dialog.Title className="sona-modal__title">{messages.discardTitle}</Dialog.Title>
          </div>
          <Dialog.Description className="sona-modal__description">{messages.discardBody}</Dialog.Description>
          <div className="sona-discard__actions">
            <button type="button" className="sona-button sona-discard__danger" onClick={onDiscard}>
              {messages.discard}
            </button>
            <Dialog.Close ref={keep} className="sona-button sona-button--primary">
              {messages.keepEditing}
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
