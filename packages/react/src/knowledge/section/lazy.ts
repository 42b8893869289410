import { lazySurface, PanelLoading } from '../../ui';

/** The Sona step's knowledge section, for a host's own inspector (ours loads it with the step's form). */
export const LazyKnowledgeSection = /* @__PURE__ */ lazySurface(
  () => import('./KnowledgeSection').then((module) => module.KnowledgeSection),
  PanelLoading,
);
