import type { KeyboardEvent } from 'react';

/**
 * The parts of the designer a keyboard user can go to directly (skip links, F6), in the order of the page: each is
 * its region and where focus lands in it. The canvas's one tab stop (its current step, or the canvas standing in for
 * it); the step palette's first step; the inspector's first field (past its header, which Shift+Tab reaches); the
 * Publish button; the inspector only while a step is open in it. When that is not there (nothing to publish), the
 * region itself.
 */
const PARTS = {
  publish: ['.sona-publish-bar', '.sona-publish-bar__publish:enabled'],
  palette: ['.sona-step-palette', 'button:enabled'],
  canvas: ['.sona-flow-canvas', '[tabindex="0"]'],
  inspector: ['.sona-inspector[data-kind]', ':is(input, select, textarea):enabled'],
} as const;

/** A part of the designer a keyboard user can go to directly. */
export type DesignerPart = keyof typeof PARTS;

/** Moves focus into `part` of the designer under `root`, when that part is shown. */
export function focusPart(root: HTMLElement | null, part: DesignerPart): void {
  const [region, target] = PARTS[part];
  const element = root?.querySelector<HTMLElement>(region);
  const focusable = element?.querySelector<HTMLElement>(target);
  if (element && !focusable) element.tabIndex = -1;
  (focusable ?? element)?.focus();
}

/**
 * F6 and Shift+F6 go to the next and previous part (publish bar, palette, canvas, inspector, round), as between the
 * panes of a desktop application: from deep in the inspector, Publish is one key away. Keys typed in a dialog (a
 * portal, outside the designer's element) are left alone.
 */
export function onPartKey(event: KeyboardEvent<HTMLElement>): void {
  const root = event.currentTarget;
  const target = event.target as Node;
  if (event.key !== 'F6' || !root.contains(target)) return;
  const parts = (Object.keys(PARTS) as DesignerPart[]).filter((part) => root.querySelector(PARTS[part][0]));
  const current = parts.findIndex((part) => root.querySelector(PARTS[part][0])?.contains(target));
  const back = event.shiftKey;
  // From outside every part (the title, the skip links), F6 goes to the first and Shift+F6 to the last.
  const next = current < 0 ? (back ? -1 : 0) : (current + (back ? -1 : 1)) % parts.length;
  const part = parts.at(next);
  if (!part) return;
  event.preventDefault();
  focusPart(root, part);
}
