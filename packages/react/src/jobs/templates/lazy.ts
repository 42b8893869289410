import { lazyDialog } from '../../ui';

/** The template gallery as the picker opens it; shares its download with the public wrapper in `jobs/lazy.tsx`. */
export const LazyTemplateGallery = /* @__PURE__ */ lazyDialog({
  name: 'TemplateGallery',
  load: () => import('./TemplateGallery').then((module) => module.TemplateGallery),
});
