import { lazySurface, PanelLoading } from '../../ui';

/**
 * The Knowledge section of a Sona step's settings, for a host's own inspector: the attached pages with
 * Detach, and Add knowledge. Needs the flow store.
 *
 * Its code downloads when it first renders, with a loading placeholder meanwhile;
 * `KnowledgeSection.preload()` fetches it ahead.
 */
export const LazyKnowledgeSection = /* @__PURE__ */ lazySurface(
  () => import('./KnowledgeSection').then((module) => module.KnowledgeSection),
  PanelLoading,
);
