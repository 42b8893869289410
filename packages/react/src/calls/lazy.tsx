import { useMessages } from '../state';
import { lazySurface, withClassName } from '../ui';
import type { CallSummariesProps } from './CallSummaries';

/** The call summaries page saying it is loading while its code downloads. */
export function CallSummariesLoading({ className }: CallSummariesProps) {
  return (
    <section className={withClassName('sona-calls', className)} aria-busy="true">
      <p className="sona-calls__loading" role="status">
        <span className="sona-spinner" aria-hidden="true" />
        {useMessages().callSummaries.loading}
      </p>
    </section>
  );
}

/** The call summaries page, with its loading state while its code loads. */
export const LazyCallSummaries = /* @__PURE__ */ lazySurface(
  () => import('./CallSummaries').then((module) => module.CallSummaries),
  CallSummariesLoading,
);
