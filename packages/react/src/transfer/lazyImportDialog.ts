import { lazyDialog } from '../ui';

/** The import dialog, loaded the first time it opens (with the core's import code). */
export const LazyImportDialog = /* @__PURE__ */ lazyDialog({
  name: 'ImportDialog',
  load: () => import('./import/ImportDialog').then((module) => module.ImportDialog),
});
