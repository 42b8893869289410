import { lazyDialog } from '../ui';

// The job surfaces loaded on demand, as the package exports them. The dialogs are defined here rather than
// re-exported from the files beside them, which the surfaces that open them use: a module shared by the first load
// and the on-demand code would become a chunk of its own in a host's bundle. Each pair shares one download by name.

/**
 * The job editor dialog ("New job" / "Edit job"): name, description, trigger and instructions with live
 * counters, actions inserted from a menu, the places an edit applies to before it is saved, a conflict view
 * when someone saved first, and a confirmation before closing with unsaved changes. Controlled by `open` and
 * `onOpenChange`; needs a `DesignerProvider`.
 *
 * Its code downloads the first time it opens (or in an idle moment while it is mounted closed);
 * `JobEditor.preload()` fetches it ahead.
 */
export const LazyJobEditor = /* @__PURE__ */ lazyDialog({
  name: 'JobEditor',
  load: () => import('./editor/JobEditor').then((module) => module.JobEditor),
});
/**
 * The "Add job" dialog of a Sona step: every job of the workspace, searchable and sortable, each a checkbox
 * that attaches or detaches it in the draft (at most 10 per step), and Create job from scratch or from a
 * template. Controlled by `open` and `onOpenChange`; needs the flow store (`FlowProvider` or
 * `CallFlowDesigner`).
 *
 * Its code downloads the first time it opens (or in an idle moment while it is mounted closed);
 * `JobPicker.preload()` fetches it ahead.
 */
export const LazyJobPicker = /* @__PURE__ */ lazyDialog({
  name: 'JobPicker',
  load: () => import('./picker/JobPicker').then((module) => module.JobPicker),
});
/**
 * The "Templates" dialog: the built-in job templates in the designer's language, with a category filter, a
 * search and a preview. Use template creates the job as it is; Customize opens the job editor prefilled.
 * Controlled by `open` and `onOpenChange`; `onJobCreated` receives the new job. Needs a `DesignerProvider`.
 *
 * Its code downloads the first time it opens (or in an idle moment while it is mounted closed);
 * `TemplateGallery.preload()` fetches it ahead.
 */
export const LazyTemplateGallery = /* @__PURE__ */ lazyDialog({
  name: 'TemplateGallery',
  load: () => import('./templates/TemplateGallery').then((module) => module.TemplateGallery),
});

export { JobLibraryLoading, LazyJobLibrary } from './library/lazy';
export { LazyJobsSection } from './section/lazy';
