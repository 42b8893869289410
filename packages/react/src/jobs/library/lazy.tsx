import { LibrarySkeleton } from '../../records';
import { useMessages } from '../../state';
import { lazySurface, withClassName } from '../../ui';
import type { JobLibraryProps } from './JobLibrary';

/** The job library's own size and a skeleton of its rows while its code downloads. */
export function JobLibraryLoading({ className }: JobLibraryProps) {
  return (
    <section className={withClassName('sona-library sona-job-library', className)} aria-busy="true">
      <LibrarySkeleton label={useMessages().designer.loadingJobs} />
    </section>
  );
}

/**
 * Every job of the workspace, for hosts that manage jobs outside a call flow: search, sort, usage per job,
 * create, edit and delete (a job still used by a Sona step cannot be deleted: the dialog says where it is
 * used). Fills its container's height; needs a `DesignerProvider` only.
 *
 * Its code downloads when it first renders, with a skeleton of its own size meanwhile; `JobLibrary.preload()`
 * fetches it ahead.
 */
export const LazyJobLibrary = /* @__PURE__ */ lazySurface(
  () => import('./JobLibrary').then((module) => module.JobLibrary),
  JobLibraryLoading,
);
