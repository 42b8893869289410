import * as Dialog from '@radix-ui/react-dialog';
import type { CanvasMessages } from '../../i18n';
import { useMessages } from '../../state';
import { useFocusReturn, usePortalContainer } from '../../ui';

/** The shortcuts, in the order the dialog lists them. */
const SHORTCUTS: ReadonlyArray<keyof CanvasMessages['shortcutKeys']> = [
  'tab',
  'nextStep',
  'sibling',
  'connections',
  'open',
  'move',
  'delete',
  'duplicate',
  'copyPaste',
  'selectAll',
  'clear',
  'undo',
  'parts',
  'help',
];

/** The props of `ShortcutsDialog`. */
export interface ShortcutsDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
}

/**
 * The "Keyboard shortcuts" dialog, opened with `?` on the canvas: a modal list of the keys (focus stays in it, Escape
 * closes it and focus goes back to where it was).
 */
export function ShortcutsDialog({ open, onOpenChange }: ShortcutsDialogProps) {
  const text = useMessages().canvas;
  const [portalRef, container] = usePortalContainer();
  // Opened by a key, not a Dialog.Trigger: give focus back to the step it was opened from.
  const focusReturn = useFocusReturn();
  return (
    <>
      <span hidden ref={portalRef} />
      {/* Its code loads on the first `?`, so it mounts open: wait for the portal's place rather than open in the
          page's body and move (which would remount it and lose where focus came from). */}
      {container ? (
        <Dialog.Root open={open} onOpenChange={onOpenChange}>
          <Dialog.Portal container={container}>
            <Dialog.Overlay className="sona-modal-overlay" />
            <Dialog.Content
              className="sona-modal sona-shortcuts"
              onOpenAutoFocus={focusReturn.remember}
              onCloseAutoFocus={focusReturn.onCloseAutoFocus}
            >
              <div className="sona-modal__header">
                <Dialog.Title className="sona-modal__title">{text.shortcutsTitle}</Dialog.Title>
              </div>
              <Dialog.Description className="sona-modal__description">
                {text.shortcutsIntro}
              </Dialog.Description>
              <dl className="sona-shortcuts__list">
                {SHORTCUTS.map((id) => (
                  <div key={id} className="sona-shortcuts__row">
                    <dt>
                      <kbd>{text.shortcutKeys[id]}</kbd>
                    </dt>
                    <dd>{text.shortcutActions[id]}</dd>
                  </div>
                ))}
              </dl>
              <div className="sona-shortcuts__footer">
                <Dialog.Close className="sona-button sona-button--primary">
                  {text.shortcutsClose}
                </Dialog.Close>
              </div>
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      ) : null}
    </>
  );
}
