import { useCallback, useRef } from 'react';

/**
 * Radix returns focus to a `Dialog.Trigger` on close, and dialogs opened from code have none: remember what had focus
 * when the dialog opened (`remember` in `onOpenAutoFocus`) and give focus back to it in `onCloseAutoFocus`.
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
