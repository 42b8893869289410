import type { FlowEdge, Step } from '@sona-designer/core';

/** Where an arrow key sends keyboard focus on the canvas. */
export type NavDirection = 'next' | 'previous' | 'left' | 'right';

/** What the navigation reads: the flow's steps and connections, and the sizes React Flow measured. */
export interface NavGraph {
  stepIds: readonly string[];
  stepsById: Readonly<Record<string, Step>>;
  edges: readonly FlowEdge[];
  /** The measured width of a step's node, when known. */
  width?(stepId: string): number | undefined;
}

/** Steps whose tops are closer than this (in flow units) are on the same level. */
const SAME_LEVEL = 60;

function centreX(graph: NavGraph, step: Step): number {
  return step.position.x + (graph.width?.(step.id) ?? 0) / 2;
}

/** The step a Tab into the canvas lands on when none was focused or selected: the start of the call, else the first. */
export function entryStep(graph: NavGraph): string | null {
  const start = graph.stepIds.find((id) => graph.stepsById[id]?.kind === 'incoming-call');
  return start ?? graph.stepIds[0] ?? null;
}

/** A step's connections out, in the order of its outputs on the card (left to right). */
export function outgoingEdges(graph: NavGraph, stepId: string): FlowEdge[] {
  const step = graph.stepsById[stepId];
  const edges = graph.edges.filter((edge) => edge.source === stepId && graph.stepsById[edge.target]);
  if (!step) return edges;
  const order = (edge: FlowEdge) => {
    const target = graph.stepsById[edge.target];
    return target ? centreX(graph, target) : 0;
  };
  return edges.sort((a, b) => order(a) - order(b));
}

function nearest(graph: NavGraph, from: Step, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  const x = centreX(graph, from);
  for (const id of candidates) {
    const step = graph.stepsById[id];
    if (!step || id === from.id) continue;
    const distance = Math.abs(centreX(graph, step) - x) + Math.abs(step.position.y - from.position.y) / 4;
    if (distance < bestDistance) {
      best = id;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The step an arrow key moves focus to. Down and Up follow connections (to the next step, or back to the one before;
 * with several, the one nearest below or above). Left and Right go to the nearest step on the same level in that
 * direction: a sibling on the same branch first, else any step at that height. Null when there is none.
 */
export function stepInDirection(graph: NavGraph, stepId: string, direction: NavDirection): string | null {
  const from = graph.stepsById[stepId];
  if (!from) return null;
  if (direction === 'next' || direction === 'previous') {
    const linked = graph.edges
      .filter((edge) => (direction === 'next' ? edge.source === stepId : edge.target === stepId))
      .map((edge) => (direction === 'next' ? edge.target : edge.source));
    const followed = nearest(graph, from, linked);
    if (followed) return followed;
    // An unconnected step: the nearest step below (or above) it, so no step is out of reach.
    const sign = direction === 'next' ? 1 : -1;
    return nearest(
      graph,
      from,
      graph.stepIds.filter((id) => {
        const step = graph.stepsById[id];
        return step !== undefined && (step.position.y - from.position.y) * sign > SAME_LEVEL / 2;
      }),
    );
  }
  const sign = direction === 'right' ? 1 : -1;
  const x = centreX(graph, from);
  const onSide = (id: string) => {
    const step = graph.stepsById[id];
    return step !== undefined && id !== stepId && (centreX(graph, step) - x) * sign > 0;
  };
  const parents = new Set(graph.edges.filter((edge) => edge.target === stepId).map((edge) => edge.source));
  const siblings = graph.edges
    .filter((edge) => parents.has(edge.source))
    .map((edge) => edge.target)
    .filter(onSide);
  const level = graph.stepIds.filter(
    (id) => onSide(id) && Math.abs((graph.stepsById[id]?.position.y ?? 0) - from.position.y) < SAME_LEVEL,
  );
  return nearest(graph, from, siblings) ?? nearest(graph, from, level);
}
