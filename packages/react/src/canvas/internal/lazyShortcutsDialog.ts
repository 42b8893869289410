import { lazyDialog } from '../../ui';

/**
 * The "Keyboard shortcuts" dialog (see `ShortcutsDialog`), whose code loads the first time `?` opens it (or in an idle
 * moment before): few open it, and the canvas's first download should not carry it.
 */
export const LazyShortcutsDialog = /* @__PURE__ */ lazyDialog(() =>
  import('./ShortcutsDialog').then((module) => module.ShortcutsDialog),
);
