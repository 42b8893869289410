import { DesignerError } from '../errors';
import type { FlowGraph, SonaStep } from '../model/graph';
import { checkSonaStepLimits } from './sonaStepLimits';

function sonaStep(graph: FlowGraph, stepId: string): SonaStep {
  const step = graph.steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new DesignerError('NOT_FOUND', `There is no step “${stepId}” in this call flow.`);
  if (step.kind !== 'sona') {
    throw new DesignerError(
      'VALIDATION',
      `Jobs attach to Sona steps only; “${step.title}” is a ${step.kind} step.`,
    );
  }
  return step;
}

function replaceStep(graph: FlowGraph, next: SonaStep): FlowGraph {
  return { ...graph, steps: graph.steps.map((step) => (step.id === next.id ? next : step)) };
}

/**
 * Refuses an attachment that breaks one of the step's limits (see `checkSonaStepLimits`): too many jobs throws
 * `JOB_LIMIT`, anything else `VALIDATION`. Problems the step had before (a copy attached elsewhere in the list) are
 * left for `validateGraph` to report, so they never block attaching something else.
 */
function refuseBrokenLimits(next: SonaStep, key: 'jobIds' | 'knowledgeIds'): void {
  const added = next[key].length - 1;
  const broken = checkSonaStepLimits(next).find(
    (problem) => problem.path[0] === key && (problem.code === 'TOO_MANY_JOBS' || problem.path[1] === added),
  );
  if (!broken) return;
  throw new DesignerError(broken.code === 'TOO_MANY_JOBS' ? 'JOB_LIMIT' : 'VALIDATION', broken.message);
}

/**
 * Attaches a job to a Sona step of the draft; returns a new graph. Attaching an attached job returns the graph as is.
 * The 11th job throws `JOB_LIMIT`.
 */
export function attachJob(graph: FlowGraph, stepId: string, jobId: string): FlowGraph {
  const step = sonaStep(graph, stepId);
  if (step.jobIds.includes(jobId)) return graph;
  const next = { ...step, jobIds: [...step.jobIds, jobId] };
  refuseBrokenLimits(next, 'jobIds');
  return replaceStep(graph, next);
}

/** Detaches a job from a Sona step; returns a new graph (the same graph when the job was not attached). */
export function detachJob(graph: FlowGraph, stepId: string, jobId: string): FlowGraph {
  const step = sonaStep(graph, stepId);
  if (!step.jobIds.includes(jobId)) return graph;
  return replaceStep(graph, { ...step, jobIds: step.jobIds.filter((id) => id !== jobId) });
}

/** Moves an attached job to a new position (the order Sona considers jobs in). */
export function reorderJob(graph: FlowGraph, stepId: string, jobId: string, toIndex: number): FlowGraph {
  const step = sonaStep(graph, stepId);
  const from = step.jobIds.indexOf(jobId);
  if (from < 0) return graph;
  const target = Math.max(0, Math.min(step.jobIds.length - 1, toIndex));
  if (target === from) return graph;
  const jobIds = step.jobIds.filter((id) => id !== jobId);
  jobIds.splice(target, 0, jobId);
  return replaceStep(graph, { ...step, jobIds });
}

/** Attaches a knowledge page to a Sona step of the draft; attaching an attached page returns the graph as is. */
export function attachKnowledge(graph: FlowGraph, stepId: string, knowledgeId: string): FlowGraph {
  const step = sonaStep(graph, stepId);
  if (step.knowledgeIds.includes(knowledgeId)) return graph;
  const next = { ...step, knowledgeIds: [...step.knowledgeIds, knowledgeId] };
  refuseBrokenLimits(next, 'knowledgeIds');
  return replaceStep(graph, next);
}

/** Detaches a knowledge page from a Sona step; returns a new graph (the same graph when it was not attached). */
export function detachKnowledge(graph: FlowGraph, stepId: string, knowledgeId: string): FlowGraph {
  const step = sonaStep(graph, stepId);
  if (!step.knowledgeIds.includes(knowledgeId)) return graph;
  return replaceStep(graph, { ...step, knowledgeIds: step.knowledgeIds.filter((id) => id !== knowledgeId) });
}
