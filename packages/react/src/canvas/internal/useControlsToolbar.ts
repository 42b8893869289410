import { type RefObject, useEffect } from 'react';

/** How far an arrow key moves along the toolbar (it wraps round); Home and End go to its ends. */
const STEPS: Record<string, number> = { ArrowUp: -1, ArrowLeft: -1, ArrowDown: 1, ArrowRight: 1 };

/**
 * React Flow's zoom buttons as one toolbar with a single tab stop (arrows, Home and End move between them, as in any
 * toolbar), and its attribution link out of the tab order (still a link for the pointer): crossing the canvas by Tab
 * takes the steps, this toolbar and Tidy up, whatever the size of the flow. React Flow renders the buttons, in the
 * same commit as the canvas, so this works on their DOM once mounted; the toolbar's name is the catalogue's
 * `canvas.controls`. The canvas's own arrow keys only act on steps and connections, so they leave these alone.
 */
export function useControlsToolbar(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const bar = root.current?.querySelector<HTMLElement>('.react-flow__controls');
    if (!bar) return;
    const buttons = () => [...bar.querySelectorAll('button')];
    const enabled = () => buttons().filter((button) => !button.disabled);
    let active: HTMLButtonElement | undefined;
    // Zooming to a limit disables its button, which then cannot keep focus: the stop (and focus, if it was there)
    // moves to an enabled one, so the toolbar never drops out of the tab order nor drops focus on the page.
    const sync = () => {
      if (!active || active.disabled) {
        const focused = active && document.activeElement === active;
        active = enabled()[0];
        if (focused) active?.focus();
      }
      for (const button of buttons()) button.tabIndex = button === active ? 0 : -1;
    };
    const onFocusIn = (event: FocusEvent) => {
      active = event.target as HTMLButtonElement;
      sync();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const list = enabled();
      const last = list.length - 1;
      const step = STEPS[event.key];
      const index = list.indexOf(event.target as HTMLButtonElement);
      const next =
        event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? last
            : step
              ? (index + step + list.length) % list.length
              : -1;
      if (next < 0) return;
      event.preventDefault();
      list[next]?.focus();
    };
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-orientation', 'vertical');
    root.current?.querySelector('.react-flow__attribution a')?.setAttribute('tabindex', '-1');
    sync();
    const observer = new MutationObserver(sync);
    observer.observe(bar, { subtree: true, attributeFilter: ['disabled'] });
    bar.addEventListener('focusin', onFocusIn);
    bar.addEventListener('keydown', onKeyDown);
    return () => {
      observer.disconnect();
      bar.removeEventListener('focusin', onFocusIn);
      bar.removeEventListener('keydown', onKeyDown);
    };
  }, [root]);
}
