import type { SonaStep } from '../../model/graph';
import type { Job } from '../../model/job';
import type { KnowledgePage } from '../../model/knowledge';
import type { SimulatedSonaStep } from './types';

/**
 * A Sona step as the simulator sees it: its settings (from the draft or the published version) with the current
 * text of its jobs and pages, in order. Jobs and pages that no longer exist are left out, as on a real call.
 */
export function toSimulatedSonaStep(
  step: SonaStep,
  jobs: readonly Job[],
  knowledge: readonly KnowledgePage[],
): SimulatedSonaStep {
  return simulatedStepFrom(
    step,
    new Map(jobs.map((job) => [job.id, job])),
    new Map(knowledge.map((page) => [page.id, page])),
  );
}

/** `toSimulatedSonaStep` from jobs and pages already indexed by id (batches keep their indexes: `resolveSonaStep`). */
export function simulatedStepFrom(
  step: SonaStep,
  jobsById: ReadonlyMap<string, Job>,
  pagesById: ReadonlyMap<string, KnowledgePage>,
): SimulatedSonaStep {
  return {
    stepId: step.id,
    title: step.title,
    greeting: step.greeting,
    jobs: step.jobIds.flatMap((id) => {
      const job = jobsById.get(id);
      return job
        ? [
            {
              id,
              name: job.name,
              description: job.description,
              trigger: job.trigger,
              instructions: job.instructions,
            },
          ]
        : [];
    }),
    knowledge: step.knowledgeIds.flatMap((id) => {
      const page = pagesById.get(id);
      return page ? [{ id, title: page.title, content: page.content }] : [];
    }),
    conversationHistory: step.conversationHistory,
  };
}
