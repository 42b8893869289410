import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { formatMessage } from '../../i18n';
import { useDesigner, useFlowStoreApi } from '../../state';
import { CloseIcon, HistoryIcon, usePortalContainer } from '../../ui';
import { LazyRevisionList } from '../lazy';

/** Props of `RevisionHistory`. */
export interface RevisionHistoryProps {
  /** Called after a revision was copied into the draft (e.g. to announce it). */
  onRestored?(revision: number): void;
}

/**
 * The "History" button and its dialog: published revisions newest first, each with its date, size and what it
 * changed, and Restore to draft (one undoable change; publishing stays a separate step).
 */
export function RevisionHistory({ onRestored }: RevisionHistoryProps) {
  const { messages } = useDesigner();
  const text = messages.publish;
  const store = useFlowStoreApi();
  const [open, setOpen] = useState(false);
  const [portalRef, container] = usePortalContainer();

  const restore = (revision: number) => {
    store
      .getState()
      .restoreRevision(revision, formatMessage(messages.designer.historyLabels.restore, { revision }));
    setOpen(false);
    onRestored?.(revision);
  };

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button type="button" className="sona-button sona-publish-bar__history" ref={portalRef}>
          <HistoryIcon />
          <span>{text.history}</span>
        </button>
      </Dialog.Trigger>
      <Dialog.Portal container={container}>
        <Dialog.Overlay className="sona-modal-overlay" />
        <Dialog.Content
          className="sona-modal sona-revision-history"
          onOpenAutoFocus={(event) => {
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
            <LazyRevisionList onRestore={restore} />
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
