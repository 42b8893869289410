import { lazySurface, PanelLoading } from '../../ui';

/** The batch test's body: its heading shows at once, its content on demand. */
export const LazyBatchPanel = /* @__PURE__ */ lazySurface(
  () => import('./internal/BatchPanel').then((module) => module.BatchPanel),
  PanelLoading,
);
