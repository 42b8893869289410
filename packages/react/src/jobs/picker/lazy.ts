import { lazyDialog } from '../../ui';

/** The job picker as the jobs section opens it; shares its download with the public wrapper in `jobs/lazy.tsx`. */
export const LazyJobPicker = /* @__PURE__ */ lazyDialog({
  name: 'JobPicker',
  load: () => import('./JobPicker').then((module) => module.JobPicker),
});
