import { lazySurface, PanelLoading } from '../../ui';

/** The Sona step's jobs section, for a host's own inspector (ours loads it with the step's form). */
export const LazyJobsSection = /* @__PURE__ */ lazySurface(
  () => import('./JobsSection').then((module) => module.JobsSection),
  PanelLoading,
);
