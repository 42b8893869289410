import type { FlowGraph } from '../model/graph';

/**
 * An id no step or edge of the graph uses yet, made of a prefix and a number: `freshId(graph, 'sona')` → `sona-3`.
 * Steps and edges share one id space so that either can be looked up by id alone.
 */
export function freshId(graph: FlowGraph, prefix: string): string {
  const taken = new Set<string>([
    ...graph.steps.map((step) => step.id),
    ...graph.edges.map((edge) => edge.id),
  ]);
  let n = graph.steps.length + 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
