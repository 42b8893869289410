import { useMessages } from '../state';
import { lazySurface, withClassName } from '../ui';
import type { CallSummariesProps } from './CallSummaries';

/** The call summaries page saying it is loading while its code downloads. */
export function CallSummariesLoading({ className }: CallSummariesProps) {
  return (
    <section className={withClassName('sona-calls', className)} aria-busy="true">
      <p className="sona-calls__loading" role="status">
        <span className="sona-spinner" aria-hidden="true" />
        {useMessages().designer.loadingCallSummaries}
      </p>
    </section>
  );
}

/**
 * The recorded call summaries, newest first, with filters (call flow, Sona step, job, draft or published,
 * outcome) and the detail of the chosen call. New calls appear as they are recorded. Needs a
 * `DesignerProvider` only.
 *
 * Its code downloads when it first renders, with a loading state meanwhile; `CallSummaries.preload()` fetches
 * it ahead.
 */
export const LazyCallSummaries = /* @__PURE__ */ lazySurface(
  () => import('./CallSummaries').then((module) => module.CallSummaries),
  CallSummariesLoading,
);
