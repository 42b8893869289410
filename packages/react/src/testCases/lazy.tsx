import { lazyDialog, lazySurface, NothingYet } from '../ui';
import type { SaveSummaryAsTestProps } from './SaveSummaryAsTest';
import type { TestsStatusProps } from './TestsStatus';

/**
 * The publish bar's "12 tests · 1 failing" and the hold it puts on Publish when the flow requires passing tests.
 * Its code (the suite and the local engine that runs it) downloads when the publish bar first renders; nothing shows
 * meanwhile.
 */
export const LazyTestsStatus = /* @__PURE__ */ lazySurface<TestsStatusProps>(
  () => import('./TestsStatus').then((module) => module.TestsStatus),
  NothingYet,
);

/**
 * Save as test from a recorded call summary (see `SaveSummaryAsTest`): its code downloads the first time it opens.
 */
export const LazySaveSummaryAsTest = /* @__PURE__ */ lazyDialog<SaveSummaryAsTestProps>(() =>
  import('./SaveSummaryAsTest').then((module) => module.SaveSummaryAsTest),
);
