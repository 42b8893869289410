import { useRef } from 'react';

/**
 * Radix's modal dialog gives focus back to its `Dialog.Trigger` only; a dialog opened from a button elsewhere
 * (controlled `open`) would leave focus on the page. Spread these on `Dialog.Content` to give it back to the opener.
 */
export function useFocusReturn() {
  const opener = useRef<HTMLElement | null>(null);
  return {
    /** Call first thing in `onOpenAutoFocus`: focus is still on the opener then. */
    rememberOpener() {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    onCloseAutoFocus(event: Event) {
      event.preventDefault();
      if (opener.current?.isConnected) opener.current.focus();
    },
  };
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
