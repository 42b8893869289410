import type { Job } from '@sona-designer/core';
import { useEffect, useState } from 'react';
import { useDesigner } from '../../../state';

export type JobLoad =
  | { status: 'loading' }
  | { status: 'ready'; job: Job | null }
  | { status: 'error'; error: unknown };

/** The job to edit, fetched fresh from the adapter (the cache may be older); `null` for a new job. */
export function useJobLoader(jobId: string | undefined): { load: JobLoad; retry(): void } {
  const { adapter, workspace } = useDesigner();
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<JobLoad>(jobId ? { status: 'loading' } : { status: 'ready', job: null });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the load on Retry.
  useEffect(() => {
    if (!jobId) {
      setLoad({ status: 'ready', job: null });
      return;
    }
    let live = true;
    setLoad({ status: 'loading' });
    // Where the job is used, ready for the impact step before saving.
    void workspace.getState().ensureJobUsage([jobId]);
    adapter.getJob(jobId).then(
      (job) => {
        if (!live) return;
        workspace.getState().putJob(job);
        setLoad({ status: 'ready', job });
      },
      (error: unknown) => {
        if (live) setLoad({ status: 'error', error });
      },
    );
    return () => {
      live = false;
    };
  }, [adapter, workspace, jobId, attempt]);

  return { load, retry: () => setAttempt((count) => count + 1) };
}
