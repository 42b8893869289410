import type { CallFlowSummaryRow, DesignerAdapter, Job, KnowledgePage } from '@sona-designer/core';
import { useCallback, useEffect, useState } from 'react';

export interface WorkspaceOverview {
  callFlows: CallFlowSummaryRow[];
  jobs: Job[];
  jobTotal: number;
  knowledge: KnowledgePage[];
}

export type OverviewState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; overview: WorkspaceOverview };

/**
 * Loads the call flows, the first page of the job library and the knowledge pages while `active` (each time the
 * overview is shown again, so it reflects edits made in the designer); `retry` loads again after an error.
 */
export function useWorkspaceOverview(
  adapter: DesignerAdapter,
  active = true,
): { state: OverviewState; retry: () => void } {
  const [state, setState] = useState<OverviewState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the trigger to load again.
  useEffect(() => {
    if (!active) return;
    let current = true;
    setState({ status: 'loading' });
    Promise.all([
      adapter.listCallFlows(),
      adapter.listJobs({ limit: 100, sort: 'name' }),
      adapter.listKnowledge({ limit: 100 }),
    ]).then(
      ([callFlows, jobs, knowledge]) => {
        if (current) {
          const overview = { callFlows, jobs: jobs.items, jobTotal: jobs.total, knowledge: knowledge.items };
          setState({ status: 'ready', overview });
        }
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', error });
      },
    );
    return () => {
      current = false;
    };
  }, [adapter, attempt, active]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { state, retry };
}
