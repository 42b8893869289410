import { DesignerError } from '../errors';
import { toJsonPath } from '../io/problems';
import { checkSonaStepLimits } from '../rules/sonaStepLimits';

/**
 * Throws `JOB_LIMIT` when a Sona step of the graph, as sent, attaches more jobs than allowed. An 11th job is its own
 * error, not one `VALIDATION` problem among others, so backends call this before parsing the graph with the schema.
 */
export function refuseOverfullSteps(graph: unknown): void {
  const steps = (graph as { steps?: unknown } | null | undefined)?.steps;
  if (!Array.isArray(steps)) return;
  steps.forEach((step: { kind?: unknown; title?: unknown; jobIds?: unknown } | null, index) => {
    if (step?.kind !== 'sona' || !Array.isArray(step.jobIds)) return;
    const title = typeof step.title === 'string' ? step.title : undefined;
    const full = checkSonaStepLimits({ title, jobIds: step.jobIds, knowledgeIds: [] }).find(
      (problem) => problem.code === 'TOO_MANY_JOBS',
    );
    if (!full) return;
    throw new DesignerError('JOB_LIMIT', full.message, {
      problems: [{ path: toJsonPath(['steps', index, ...full.path]), message: full.message }],
    });
  });
}
