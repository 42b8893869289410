import type { CallFlowSummaryRow, DesignerAdapter, Job, KnowledgePage } from '@sona-designer/core';
import { useCallback, useEffect, useRef, useState } from 'react';

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

/** A burst of changes (a reset, a teammate's publish) reloads the overview once. */
const REFRESH_DELAY_MS = 100;

/**
 * Loads the call flows, the first page of the job library and the knowledge pages while `active` (each time the
 * overview is shown again, so it reflects edits made in the designer, and after changes made in other tabs);
 * `retry` loads again after an error. Waits while there is no adapter yet.
 */
export function useWorkspaceOverview(
  adapter: DesignerAdapter | null,
  active = true,
): { state: OverviewState; retry: () => void } {
  const [state, setState] = useState<OverviewState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [changes, setChanges] = useState(0);
  // A reload after changes keeps the overview on screen instead of flashing the loading state.
  const quietReload = useRef(false);

  useEffect(() => {
    if (!adapter || !active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = adapter.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        quietReload.current = true;
        setChanges((value) => value + 1);
      }, REFRESH_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [adapter, active]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` and `changes` are the triggers to load again.
  useEffect(() => {
    if (!adapter || !active) return;
    let current = true;
    if (!quietReload.current) setState({ status: 'loading' });
    quietReload.current = false;
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
  }, [adapter, attempt, active, changes]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { state, retry };
}
