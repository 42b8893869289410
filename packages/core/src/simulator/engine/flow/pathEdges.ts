import type { FlowEdge } from '../../../model/graph';
import type { FlowPathStep } from './types';

/**
 * The connections a simulated call followed between consecutive steps of its path, in order, for a canvas to
 * highlight with the steps.
 */
export function pathEdgeIds(path: readonly FlowPathStep[], edges: readonly FlowEdge[]): string[] {
  const ids: string[] = [];
  for (let index = 0; index + 1 < path.length; index++) {
    const from = path[index] as FlowPathStep;
    const to = path[index + 1] as FlowPathStep;
    const edge = edges.find(
      (candidate) =>
        candidate.source === from.stepId &&
        candidate.output === from.output &&
        candidate.target === to.stepId,
    );
    if (edge) ids.push(edge.id);
  }
  return ids;
}
