import { lazyDialog } from '../ui';

// The knowledge surfaces loaded on demand, as the package exports them. The dialogs are defined here rather than
// re-exported from the files beside them, which the surfaces that open them use (see jobs/lazy.tsx for why).

/** The knowledge page editor, loaded the first time it opens. */
export const LazyKnowledgeEditor = /* @__PURE__ */ lazyDialog({
  name: 'KnowledgeEditor',
  load: () => import('./editor/KnowledgeEditor').then((module) => module.KnowledgeEditor),
});
/** The knowledge picker, loaded the first time it opens. */
export const LazyKnowledgePicker = /* @__PURE__ */ lazyDialog({
  name: 'KnowledgePicker',
  load: () => import('./picker/KnowledgePicker').then((module) => module.KnowledgePicker),
});

export { KnowledgeLibraryLoading, LazyKnowledgeLibrary } from './library/lazy';
export { LazyKnowledgeSection } from './section/lazy';
