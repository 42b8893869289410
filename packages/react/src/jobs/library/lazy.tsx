import { LibrarySkeleton } from '../../records';
import { useMessages } from '../../state';
import { lazySurface, withClassName } from '../../ui';
import type { JobLibraryProps } from './JobLibrary';

/** The job library's own size and a skeleton of its rows while its code downloads. */
export function JobLibraryLoading({ className }: JobLibraryProps) {
  return (
    <section className={withClassName('sona-library sona-job-library', className)} aria-busy="true">
      <LibrarySkeleton label={useMessages().library.loadingJobs} />
    </section>
  );
}

/** The job library page, with a skeleton of its own size while its code loads. */
export const LazyJobLibrary = /* @__PURE__ */ lazySurface(
  () => import('./JobLibrary').then((module) => module.JobLibrary),
  JobLibraryLoading,
);
