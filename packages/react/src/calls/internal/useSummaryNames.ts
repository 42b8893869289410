import type { CallFlowSummaryRow } from '@sona-designer/core';
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import type { CallSummariesMessages } from '../../i18n';
import type { WorkspaceStore } from '../../state';
import type { SonaStepOption } from './useFlowCatalog';

/** Shown for a name still loading. */
const LOADING = '…';

export interface SummaryNames {
  flowName(flowId: string): string;
  stepTitle(flowId: string, stepId: string): string;
  /** "No job" for a call no job handled. */
  jobName(jobId: string | null): string;
  /** Whether the job still exists (so it can be opened). */
  jobExists(jobId: string): boolean;
  /** Whether the call flow is known to exist (so a test can be saved on it). */
  flowExists(flowId: string): boolean;
}

/**
 * Names for the ids a call summary holds: flows and steps from the catalogue, jobs from the workspace cache (loaded
 * here). Until a name is known an ellipsis stands in, so nothing jumps to "deleted" (or shows a raw id) while loading.
 */
export function useSummaryNames(
  workspace: WorkspaceStore,
  jobIds: readonly string[],
  flows: CallFlowSummaryRow[],
  stepsOf: (flowId: string) => SonaStepOption[] | undefined,
  text: CallSummariesMessages,
): SummaryNames {
  const jobs = useStore(workspace, (state) => state.jobs);
  const missingJobs = useStore(workspace, (state) => state.missingJobs);
  const idsKey = jobIds.join('\n');

  // biome-ignore lint/correctness/useExhaustiveDependencies: `idsKey` stands for `jobIds`.
  useEffect(() => {
    if (jobIds.length > 0) void workspace.getState().ensureJobs(jobIds);
  }, [workspace, idsKey]);

  return useMemo(() => {
    const flowNames = new Map(flows.map((flow) => [flow.id, flow.name]));
    return {
      flowName: (flowId) => flowNames.get(flowId) ?? (flows.length > 0 ? text.deletedFlow : LOADING),
      stepTitle: (flowId, stepId) => {
        const steps = stepsOf(flowId);
        if (!steps) return LOADING;
        return steps.find((step) => step.id === stepId)?.title ?? text.removedStep;
      },
      jobName: (jobId) => {
        if (jobId === null) return text.noJob;
        return jobs[jobId]?.name ?? (missingJobs[jobId] ? text.deletedJob : LOADING);
      },
      jobExists: (jobId) => jobs[jobId] !== undefined,
      flowExists: (flowId) => flowNames.has(flowId),
    };
  }, [flows, stepsOf, jobs, missingJobs, text]);
}
