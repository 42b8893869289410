import * as Dialog from '@radix-ui/react-dialog';
import { type ReactNode, useEffect, useRef } from 'react';
import { useDesigner } from '../../state';
import { CloseIcon, useFocusReturn, usePortalContainer } from '../../ui';
import { ImportChoose } from './ImportChoose';
import { ImportConfirm } from './ImportConfirm';
import { ImportDone } from './ImportDone';
import { ImportPreviewStep } from './ImportPreviewStep';
import { ImportProblems } from './ImportProblems';
import { ImportProgress } from './ImportProgress';
import type { ImportActions, ImportPhase } from './importPhase';

/** The props of `ImportDialogFrame`. */
export interface ImportDialogFrameProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  phase: ImportPhase;
  actions: ImportActions;
  /** The largest file accepted, in bytes. */
  maxBytes: number;
  /** The confirmation's "Export the workspace first" button. */
  exportFirst: ReactNode;
}

/**
 * The import dialog's shell around the step of `phase`: a modal that traps focus, closes on Escape (except while
 * importing, which cannot be stopped halfway), moves focus to each step's main control, and returns it to the opener.
 */
export function ImportDialogFrame({
  open,
  onOpenChange,
  phase,
  actions,
  maxBytes,
  exportFirst,
}: ImportDialogFrameProps) {
  const text = useDesigner().messages.transfer;
  const [portalRef, container] = usePortalContainer();
  const focusReturn = useFocusReturn();
  const content = useRef<HTMLDivElement>(null);
  const importing = phase.name === 'importing';

  // Each step marks its main control; focus follows the step so keyboard users never hunt for it. While importing
  // (and after a failure) focus stays on the submit button, which keeps it.
  useEffect(() => {
    if (!open || phase.name === 'importing' || phase.name === 'failed') return;
    content.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [open, phase.name]);

  return (
    <>
      <span hidden ref={portalRef} />
      {container ? (
        <Dialog.Root
          open={open}
          onOpenChange={(next) => {
            if (!next && importing) return;
            onOpenChange(next);
          }}
        >
          <Dialog.Portal container={container}>
            <Dialog.Overlay className="sona-modal-overlay" />
            <Dialog.Content
              ref={content}
              className="sona-modal sona-import"
              data-phase={phase.name}
              onOpenAutoFocus={(event) => {
                focusReturn.remember();
                event.preventDefault();
                content.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
              }}
              onCloseAutoFocus={focusReturn.onCloseAutoFocus}
            >
              <div className="sona-modal__header">
                <Dialog.Title className="sona-modal__title">{text.importTitle}</Dialog.Title>
                <Dialog.Close asChild>
                  <button
                    type="button"
                    className="sona-publish-popover__close"
                    aria-label={text.close}
                    disabled={importing}
                  >
                    <CloseIcon />
                  </button>
                </Dialog.Close>
              </div>
              <Dialog.Description className="sona-modal__description">
                {text.importDescription}
              </Dialog.Description>
              <ImportStep
                phase={phase}
                actions={actions}
                maxBytes={maxBytes}
                exportFirst={exportFirst}
                onClose={() => onOpenChange(false)}
              />
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      ) : null}
    </>
  );
}

function ImportStep({
  phase,
  actions,
  maxBytes,
  exportFirst,
  onClose,
}: Pick<ImportDialogFrameProps, 'phase' | 'actions' | 'maxBytes' | 'exportFirst'> & { onClose(): void }) {
  switch (phase.name) {
    case 'choose':
      return <ImportChoose notice={phase.notice} maxBytes={maxBytes} onChoose={actions.choose} />;
    case 'reading':
      return <ImportProgress file={phase.file} loaded={phase.loaded} onCancel={actions.reset} />;
    case 'checking':
      return <ImportProgress file={phase.file} loaded={null} onCancel={actions.reset} />;
    case 'problems':
      return <ImportProblems file={phase.file} problems={phase.problems} onChooseAnother={actions.reset} />;
    case 'confirm':
      return (
        <ImportConfirm
          preview={phase.preview}
          exportFirst={exportFirst}
          onBack={actions.back}
          onConfirm={actions.confirm}
        />
      );
    case 'done':
      return <ImportDone outcome={phase.outcome} onClose={onClose} />;
    default:
      return (
        <ImportPreviewStep
          file={phase.file}
          mode={phase.mode}
          preview={phase.preview}
          busy={phase.name === 'importing'}
          failure={phase.name === 'failed' ? phase.message : null}
          onModeChange={actions.setMode}
          onSubmit={phase.name === 'failed' ? actions.confirm : actions.submit}
          onCancel={onClose}
        />
      );
  }
}
