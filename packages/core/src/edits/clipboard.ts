import type { FlowEdge, FlowGraph, Step } from '../model/graph';
import { freshId } from './freshId';

/** Copied steps and the connections between them, detached from the graph they came from. */
export interface CopiedSteps {
  steps: Step[];
  edges: FlowEdge[];
}

/**
 * Copies steps and the connections between them (deep copies, so later edits of the graph do not reach them).
 * Incoming-call steps are left out, since a flow has one; returns null when nothing is left to copy.
 */
export function copySteps(graph: FlowGraph, stepIds: ReadonlySet<string>): CopiedSteps | null {
  const steps = graph.steps.filter((step) => stepIds.has(step.id) && step.kind !== 'incoming-call');
  if (steps.length === 0) return null;
  const ids = new Set(steps.map((step) => step.id));
  const edges = graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
  return structuredClone({ steps, edges });
}

/**
 * Pastes copies with fresh ids, moved by `offset` so they do not hide the originals, with their connections
 * between them; returns the new graph and the new steps' ids (in the copied order).
 */
export function pasteSteps(
  graph: FlowGraph,
  copied: CopiedSteps,
  offset = 40,
): { graph: FlowGraph; ids: string[] } {
  let next = graph;
  const idMap = new Map<string, string>();
  const steps: Step[] = [];
  for (const step of copied.steps) {
    const id = freshId(next, step.kind);
    idMap.set(step.id, id);
    const copy = {
      ...structuredClone(step),
      id,
      position: { x: step.position.x + offset, y: step.position.y + offset },
    };
    steps.push(copy);
    next = { ...next, steps: [...next.steps, copy] };
  }
  const edges = copied.edges.flatMap((edge) => {
    const source = idMap.get(edge.source);
    const target = idMap.get(edge.target);
    return source && target ? [{ ...edge, id: `e-${source}-${edge.output}`, source, target }] : [];
  });
  return {
    graph: { ...next, edges: [...next.edges, ...edges] },
    ids: steps.map((step) => step.id),
  };
}
