import { lazyDialog } from '../../ui';

/**
 * The job editor as the job surfaces open it (picker, section, gallery, library). The package's public wrapper is in
 * `jobs/lazy.tsx`; both share one download by name.
 */
export const LazyJobEditor = /* @__PURE__ */ lazyDialog({
  name: 'JobEditor',
  load: () => import('./JobEditor').then((module) => module.JobEditor),
});
