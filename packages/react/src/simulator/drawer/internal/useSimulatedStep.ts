import {
  type Job,
  type KnowledgePage,
  type SimulatedSonaStep,
  type SonaStep,
  toSimulatedSonaStep,
} from '@sona-designer/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useDesigner, useFlow } from '../../../state';

export type CallVersion = 'draft' | 'published';

/** Why the published version cannot be tested, if it cannot. */
export type PublishedAvailability = 'available' | 'never-published' | 'not-in-published';

export interface SimulatedStepLoad {
  /** The step's settings in the chosen version, or null when that version has no such Sona step. */
  sonaStep: SonaStep | null;
  /** Ready for the engine once every attached job and page is loaded (or known deleted). */
  simulated: SimulatedSonaStep | null;
  published: PublishedAvailability;
  publishedRevision: number | null;
  loadError: string | null;
  retry(): void;
}

function asSona(step: unknown): SonaStep | null {
  return step && (step as SonaStep).kind === 'sona' ? (step as SonaStep) : null;
}

/** The Sona step a simulated call runs on: draft settings from the flow store, published ones from the last publish. */
export function useSimulatedStep(stepId: string, version: CallVersion): SimulatedStepLoad {
  const { workspace } = useDesigner();
  const draftStep = useFlow((state) => asSona(state.stepsById[stepId]));
  const publishedStep = useFlow((state) =>
    asSona(state.flow?.published?.graph.steps.find((step) => step.id === stepId)),
  );
  const publishedRevision = useFlow((state) => state.flow?.published?.revision ?? null);
  const published: PublishedAvailability =
    publishedRevision === null ? 'never-published' : publishedStep ? 'available' : 'not-in-published';
  const sonaStep = version === 'published' ? publishedStep : draftStep;

  const jobs = useStore(workspace, (state) => state.jobs);
  const missingJobs = useStore(workspace, (state) => state.missingJobs);
  const knowledge = useStore(workspace, (state) => state.knowledge);
  const missingKnowledge = useStore(workspace, (state) => state.missingKnowledge);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  const jobIds = sonaStep?.jobIds;
  const knowledgeIds = sonaStep?.knowledgeIds;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` loads again after a failure.
  useEffect(() => {
    if (!jobIds || !knowledgeIds) return;
    let current = true;
    setLoadError(null);
    const { ensureJobs, ensureKnowledge } = workspace.getState();
    Promise.all([ensureJobs(jobIds), ensureKnowledge(knowledgeIds)]).catch((error: unknown) => {
      if (current) setLoadError(error instanceof Error ? error.message : String(error));
    });
    return () => {
      current = false;
    };
  }, [workspace, jobIds, knowledgeIds, attempt]);

  const simulated = useMemo(() => {
    if (!sonaStep) return null;
    const loaded =
      sonaStep.jobIds.every((id) => jobs[id] || missingJobs[id]) &&
      sonaStep.knowledgeIds.every((id) => knowledge[id] || missingKnowledge[id]);
    if (!loaded) return null;
    // Jobs and pages are live: their current text, whatever the version's attachments.
    return toSimulatedSonaStep(
      sonaStep,
      sonaStep.jobIds.map((id) => jobs[id]).filter((job): job is Job => job !== undefined),
      sonaStep.knowledgeIds
        .map((id) => knowledge[id])
        .filter((page): page is KnowledgePage => page !== undefined),
    );
  }, [sonaStep, jobs, missingJobs, knowledge, missingKnowledge]);

  return { sonaStep, simulated, published, publishedRevision, loadError, retry };
}
