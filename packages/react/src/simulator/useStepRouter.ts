import type { Job } from '@sona-designer/core';
import { createRouter } from '@sona-designer/core/routing';
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { useAttachedJobIds } from '../jobs';
import { useDesigner } from '../state';

/**
 * The jobs attached to a Sona step (loading them if needed) and a router over them, following live edits. Deleted
 * jobs cannot fire, so they are left out.
 */
export function useStepRouter(stepId: string): {
  jobs: Job[];
  router: ReturnType<typeof createRouter>;
  /** Every job loaded so far, to name the ones a result mentions. */
  jobsById: Readonly<Record<string, Job>>;
} {
  const { workspace } = useDesigner();
  const jobIds = useAttachedJobIds(stepId);
  const loadedJobs = useStore(workspace, (state) => state.jobs);

  useEffect(() => {
    void workspace.getState().ensureJobs(jobIds);
  }, [workspace, jobIds]);

  const jobs = useMemo(
    () => jobIds.map((jobId) => loadedJobs[jobId]).filter((job): job is Job => job !== undefined),
    [jobIds, loadedJobs],
  );
  const router = useMemo(() => createRouter(jobs), [jobs]);
  return { jobs, router, jobsById: loadedJobs };
}
