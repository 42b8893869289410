import type { FlowGraph, PendingChangeNames } from '@sona-designer/core';
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { useDesigner } from '../../state';

export interface ChangeNames {
  /** For `pendingChanges` / `diffGraphs`. */
  names: PendingChangeNames;
  jobName(id: string): string;
  knowledgeName(id: string): string;
}

function referenced(graphs: ReadonlyArray<FlowGraph | null | undefined>) {
  const jobIds = new Set<string>();
  const knowledgeIds = new Set<string>();
  for (const graph of graphs) {
    for (const step of graph?.steps ?? []) {
      if (step.kind !== 'sona') continue;
      for (const id of step.jobIds) jobIds.add(id);
      for (const id of step.knowledgeIds) knowledgeIds.add(id);
    }
  }
  return { jobIds: [...jobIds], knowledgeIds: [...knowledgeIds] };
}

/**
 * Names of the jobs and knowledge pages the graphs use, from the workspace cache; loads the ones not cached yet
 * (e.g. a job detached since the last publish, which the draft no longer references).
 */
export function useChangeNames(graphs: ReadonlyArray<FlowGraph | null | undefined>): ChangeNames {
  const { workspace, messages } = useDesigner();
  const jobs = useStore(workspace, (state) => state.jobs);
  const missingJobs = useStore(workspace, (state) => state.missingJobs);
  const knowledge = useStore(workspace, (state) => state.knowledge);
  const missingKnowledge = useStore(workspace, (state) => state.missingKnowledge);
  const { jobIds, knowledgeIds } = useMemo(() => referenced(graphs), [graphs]);

  useEffect(() => {
    void workspace
      .getState()
      .ensureJobs(jobIds)
      .catch(() => undefined);
    void workspace
      .getState()
      .ensureKnowledge(knowledgeIds)
      .catch(() => undefined);
  }, [workspace, jobIds, knowledgeIds]);

  return useMemo(() => {
    const text = messages.publish.changes;
    return {
      names: {
        jobs: jobIds.flatMap((id) => (jobs[id] ? [{ id, name: jobs[id].name }] : [])),
        knowledge: knowledgeIds.flatMap((id) => (knowledge[id] ? [{ id, title: knowledge[id].title }] : [])),
      },
      jobName: (id) => jobs[id]?.name ?? (missingJobs[id] ? text.deletedJob : text.loadingName),
      knowledgeName: (id) =>
        knowledge[id]?.title ?? (missingKnowledge[id] ? text.deletedKnowledge : text.loadingName),
    };
  }, [messages, jobIds, knowledgeIds, jobs, missingJobs, knowledge, missingKnowledge]);
}
