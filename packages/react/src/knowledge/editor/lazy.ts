import { lazyDialog } from '../../ui';

/** The page editor as the knowledge library opens it; shares its download with the public wrapper. */
export const LazyKnowledgeEditor = /* @__PURE__ */ lazyDialog({
  name: 'KnowledgeEditor',
  load: () => import('./KnowledgeEditor').then((module) => module.KnowledgeEditor),
});
