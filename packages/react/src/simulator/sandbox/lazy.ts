import { lazySurface, PanelLoading } from '../../ui';

/** The routing sandbox's body: its heading shows at once, its content on demand. */
export const LazySandboxPanel = /* @__PURE__ */ lazySurface(
  () => import('./internal/SandboxPanel').then((module) => module.SandboxPanel),
  PanelLoading,
);
