import { useCallback, useRef } from 'react';

/**
 * Radix gives focus back to a `Dialog.Trigger` on close, and dialogs opened from code have none: remember what had
 * focus when the dialog opened (`remember`, first thing in `onOpenAutoFocus`) and give focus back to it in
 * `onCloseAutoFocus`. When that element is gone, Radix does as it would have.
 */
export function useFocusReturn(): { remember(): void; onCloseAutoFocus(event: Event): void } {
  const opener = useRef<HTMLElement | null>(null);
  const remember = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, []);
  const onCloseAutoFocus = useCallback((event: Event) => {
    if (!opener.current?.isConnected) return;
    event.preventDefault();
    opener.current.focus();
  }, []);
  return { remember, onCloseAutoFocus };
}

/**
 * After a dialog we do not own closes (the job editor, the template gallery), puts focus on `target` if it was
 * lost: Radix moves it once the dialog has unmounted, hence the two tries.
 */
export function refocusIfLost(target: () => HTMLElement | null | undefined): void {
  const attempt = () => {
    const active = document.activeElement;
    // Lost: on the page, or on the frame of the dialog underneath (where Radix puts it when it has nowhere to go).
    if (!active || active === document.body || active.getAttribute('role') === 'dialog') target()?.focus();
  };
  setTimeout(attempt, 0);
  setTimeout(attempt, 80);
}
