import { lazyDialog } from '../ui';

// The job surfaces loaded on demand, as the package exports them. The dialogs are defined here rather than
// re-exported from the files beside them, which the surfaces that open them use: a module shared by the first load
// and the on-demand code would become a chunk of its own in a host's bundle. Each pair shares one download by name.

/** The job editor, loaded the first time it opens. */
export const LazyJobEditor = /* @__PURE__ */ lazyDialog({
  name: 'JobEditor',
  load: () => import('./editor/JobEditor').then((module) => module.JobEditor),
});
/** The job picker, loaded the first time it opens. */
export const LazyJobPicker = /* @__PURE__ */ lazyDialog({
  name: 'JobPicker',
  load: () => import('./picker/JobPicker').then((module) => module.JobPicker),
});
/** The template gallery, loaded the first time it opens. */
export const LazyTemplateGallery = /* @__PURE__ */ lazyDialog({
  name: 'TemplateGallery',
  load: () => import('./templates/TemplateGallery').then((module) => module.TemplateGallery),
});

export { JobLibraryLoading, LazyJobLibrary } from './library/lazy';
export { LazyJobsSection } from './section/lazy';
