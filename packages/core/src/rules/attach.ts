import { DesignerError } from '../errors';
import { LIMITS } from '../limits';
import type { FlowGraph, SonaStep } from '../model/graph';

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
 * Attaches a job to a Sona step of the draft; returns a new graph. Attaching an attached job returns the graph as is.
 * The 11th job throws `JOB_LIMIT`.
 */
export function attachJob(graph: FlowGraph, stepId: string, jobId: string): FlowGraph {
  const step = sonaStep(graph, stepId);
  if (step.jobIds.includes(jobId)) return graph;
  if (step.jobIds.length >= LIMITS.jobsPerSonaStep) {
    throw new DesignerError(
      'JOB_LIMIT',
      `“${step.title}” already has ${LIMITS.jobsPerSonaStep} jobs, the most a Sona step can hold. Detach one to make room.`,
    );
  }
  return replaceStep(graph, { ...step, jobIds: [...step.jobIds, jobId] });
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

export function attachKnowledge(graph: FlowGraph, stepId: string, knowledgeId: string): FlowGraph {
  const step = sonaStep(graph, stepId);
  if (step.knowledgeIds.includes(knowledgeId)) return graph;
  return replaceStep(graph, { ...step, knowledgeIds: [...step.knowledgeIds, knowledgeId] });
}

export function detachKnowledge(graph: FlowGraph, stepId: string, knowledgeId: string): FlowGraph {
  const step = sonaStep(graph, stepId);
  if (!step.knowledgeIds.includes(knowledgeId)) return graph;
  return replaceStep(graph, { ...step, knowledgeIds: step.knowledgeIds.filter((id) => id !== knowledgeId) });
}
