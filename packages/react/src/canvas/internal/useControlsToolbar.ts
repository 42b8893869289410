import { type RefObject, useEffect } from 'react';

const KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

/**
 * React Flow's zoom buttons as one toolbar with a single tab stop (arrows move between them, as in any toolbar), and
 * its attribution link out of the tab order (still a link for the pointer): crossing the canvas by Tab takes the
 * steps, this toolbar and Tidy up, whatever the size of the flow. React Flow renders the buttons, so this works on
 * its DOM; the toolbar's name is React Flow's `controls.ariaLabel` (the catalogue's `canvas.controls`).
 */
export function useControlsToolbar(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const surface = root.current;
    if (!surface) return;
    let cleanup: (() => void) | null = null;
    const attach = () => {
      const bar = surface.querySelector<HTMLElement>('.react-flow__controls');
      if (!bar || cleanup) return;
      cleanup = toolbar(surface, bar);
    };
    // React Flow draws its panels once its store is ready, after this component's first commit.
    const waiting = new MutationObserver(() => {
      attach();
      if (cleanup) waiting.disconnect();
    });
    attach();
    if (!cleanup) waiting.observe(surface, { childList: true, subtree: true });
    return () => {
      waiting.disconnect();
      cleanup?.();
    };
  }, [root]);
}

/** Sets up the toolbar on React Flow's controls panel; returns the undo. */
function toolbar(surface: HTMLElement, bar: HTMLElement): () => void {
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-orientation', 'vertical');
  const enabled = () =>
    [...bar.querySelectorAll<HTMLButtonElement>('button')].filter((button) => !button.disabled);
  let active: HTMLButtonElement | null = null;
  // A disabled button cannot take focus: the stop moves to an enabled one, so the toolbar never drops out.
  const update = () => {
    const buttons = enabled();
    if (!active || !buttons.includes(active)) active = buttons[0] ?? null;
    for (const button of bar.querySelectorAll<HTMLButtonElement>('button'))
      button.tabIndex = button === active ? 0 : -1;
  };
  const onFocusIn = (event: FocusEvent) => {
    if (event.target instanceof HTMLButtonElement) {
      active = event.target;
      update();
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!KEYS.has(event.key)) return;
    const buttons = enabled();
    const index = active ? buttons.indexOf(active) : -1;
    const next =
      event.key === 'Home'
        ? buttons[0]
        : event.key === 'End'
          ? buttons[buttons.length - 1]
          : buttons[
              (index + (event.key === 'ArrowUp' || event.key === 'ArrowLeft' ? -1 : 1) + buttons.length) %
                buttons.length
            ];
    // The canvas's own arrow keys (moving between steps) must not see these.
    event.preventDefault();
    event.stopPropagation();
    next?.focus();
  };
  update();
  const observer = new MutationObserver(update);
  observer.observe(bar, { subtree: true, attributes: true, attributeFilter: ['disabled'] });
  bar.addEventListener('focusin', onFocusIn);
  bar.addEventListener('keydown', onKeyDown);
  surface.querySelector('.react-flow__attribution a')?.setAttribute('tabindex', '-1');
  return () => {
    observer.disconnect();
    bar.removeEventListener('focusin', onFocusIn);
    bar.removeEventListener('keydown', onKeyDown);
  };
}
