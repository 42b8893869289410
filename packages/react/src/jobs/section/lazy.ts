import { lazySurface, PanelLoading } from '../../ui';

/**
 * The Jobs section of a Sona step's settings, for a host's own inspector: the attached jobs in the order Sona
 * considers them, reorder, edit, detach, and Add job. Needs the flow store.
 *
 * Its code downloads when it first renders, with a loading placeholder meanwhile; `JobsSection.preload()`
 * fetches it ahead.
 */
export const LazyJobsSection = /* @__PURE__ */ lazySurface(
  () => import('./JobsSection').then((module) => module.JobsSection),
  PanelLoading,
);
