import { lazyDialog } from '../ui';

// The knowledge surfaces loaded on demand, as the package exports them. The dialogs are defined here rather than
// re-exported from the files beside them, which the surfaces that open them use (see jobs/lazy.tsx for why).

/**
 * The knowledge page editor dialog ("New knowledge page" / "Edit knowledge page"): title and content (up to
 * 20,000 characters) with live counters, a conflict view when someone saved first, and a confirmation before
 * closing with unsaved changes. Controlled by `open` and `onOpenChange`; needs a `DesignerProvider`.
 *
 * Its code downloads the first time it opens (or in an idle moment while it is mounted closed);
 * `KnowledgeEditor.preload()` fetches it ahead.
 */
export const LazyKnowledgeEditor = /* @__PURE__ */ lazyDialog({
  name: 'KnowledgeEditor',
  load: () => import('./editor/KnowledgeEditor').then((module) => module.KnowledgeEditor),
});
/**
 * The "Add knowledge" dialog of a Sona step: the workspace's knowledge pages with a search, each a checkbox
 * that attaches or detaches it in the draft. Controlled by `open` and `onOpenChange`; needs the flow store
 * (`FlowProvider` or `CallFlowDesigner`).
 *
 * Its code downloads the first time it opens (or in an idle moment while it is mounted closed);
 * `KnowledgePicker.preload()` fetches it ahead.
 */
export const LazyKnowledgePicker = /* @__PURE__ */ lazyDialog({
  name: 'KnowledgePicker',
  load: () => import('./picker/KnowledgePicker').then((module) => module.KnowledgePicker),
});

export { KnowledgeLibraryLoading, LazyKnowledgeLibrary } from './library/lazy';
export { LazyKnowledgeSection } from './section/lazy';
