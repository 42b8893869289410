import { lazyDialog } from '../../ui';

/** The knowledge picker as the knowledge section opens it; shares its download with the public wrapper. */
export const LazyKnowledgePicker = /* @__PURE__ */ lazyDialog({
  name: 'KnowledgePicker',
  load: () => import('./KnowledgePicker').then((module) => module.KnowledgePicker),
});
