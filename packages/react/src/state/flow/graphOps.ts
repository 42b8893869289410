import { type FlowEdge, type FlowGraph, type Step, stepOutputs } from '@sona-designer/core';

/** An id not used by any step or edge of the graph, like `sona-3`. */
export function freshId(graph: FlowGraph, prefix: string): string {
  const taken = new Set<string>([
    ...graph.steps.map((step) => step.id),
    ...graph.edges.map((edge) => edge.id),
  ]);
  let n = graph.steps.length + 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** Connects an output to a step; an output leads one way, so an existing connection from it is replaced. */
export function connect(graph: FlowGraph, source: string, output: string, target: string): FlowGraph {
  const step = graph.steps.find((candidate) => candidate.id === source);
  if (!step || !stepOutputs(step).some((candidate) => candidate.id === output) || source === target)
    return graph;
  const existing = graph.edges.find((edge) => edge.source === source && edge.output === output);
  if (existing?.target === target) return graph;
  const edges = graph.edges.filter((edge) => edge !== existing);
  const id = freshId(graph, `e-${source}-${output}`);
  return { ...graph, edges: [...edges, { id, source, output, target }] };
}

export function removeEdges(graph: FlowGraph, edgeIds: ReadonlySet<string>): FlowGraph {
  if (!graph.edges.some((edge) => edgeIds.has(edge.id))) return graph;
  return { ...graph, edges: graph.edges.filter((edge) => !edgeIds.has(edge.id)) };
}

/** Removes steps and every connection touching them. The only incoming-call step is kept: calls must start somewhere. */
export function removeSteps(graph: FlowGraph, stepIds: ReadonlySet<string>): FlowGraph {
  const starts = graph.steps.filter((step) => step.kind === 'incoming-call');
  const removable = new Set([...stepIds].filter((id) => !(starts.length === 1 && starts[0]?.id === id)));
  if (removable.size === 0) return graph;
  return {
    steps: graph.steps.filter((step) => !removable.has(step.id)),
    edges: graph.edges.filter((edge) => !removable.has(edge.source) && !removable.has(edge.target)),
  };
}

export function updateStep(graph: FlowGraph, stepId: string, patch: Partial<Step>): FlowGraph {
  let changed = false;
  const steps = graph.steps.map((step) => {
    if (step.id !== stepId) return step;
    const next = { ...step, ...patch, id: step.id, kind: step.kind } as Step;
    changed = JSON.stringify(next) !== JSON.stringify(step);
    return changed ? next : step;
  });
  return changed ? { ...graph, steps } : graph;
}

export function setPositions(
  graph: FlowGraph,
  positions: Readonly<Record<string, { x: number; y: number }>>,
): FlowGraph {
  let changed = false;
  const steps = graph.steps.map((step) => {
    const position = positions[step.id];
    if (!position || (position.x === step.position.x && position.y === step.position.y)) return step;
    changed = true;
    return { ...step, position: { x: position.x, y: position.y } };
  });
  return changed ? { ...graph, steps } : graph;
}

export interface Clipboard {
  steps: Step[];
  edges: FlowEdge[];
}

/** The selected steps and the connections between them. Incoming-call steps are not copied (one per flow). */
export function copySteps(graph: FlowGraph, stepIds: ReadonlySet<string>): Clipboard | null {
  const steps = graph.steps.filter((step) => stepIds.has(step.id) && step.kind !== 'incoming-call');
  if (steps.length === 0) return null;
  const ids = new Set(steps.map((step) => step.id));
  const edges = graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
  return structuredClone({ steps, edges });
}

/** Pastes copies with fresh ids, offset so they do not hide the originals; returns the graph and the new ids. */
export function pasteSteps(
  graph: FlowGraph,
  clipboard: Clipboard,
  offset = 40,
): { graph: FlowGraph; ids: string[] } {
  let next = graph;
  const idMap = new Map<string, string>();
  const steps: Step[] = [];
  for (const step of clipboard.steps) {
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
  const edges = clipboard.edges.flatMap((edge) => {
    const source = idMap.get(edge.source);
    const target = idMap.get(edge.target);
    return source && target ? [{ ...edge, id: `e-${source}-${edge.output}`, source, target }] : [];
  });
  return {
    graph: { steps: next.steps, edges: [...next.edges, ...edges] },
    ids: steps.map((step) => step.id),
  };
}
