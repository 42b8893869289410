import type { FlowGraph } from '../../../../packages/core/src/index';
import { createBenchFlow } from '../../fixtures/benchFlow';

/** Mirrors CanvasView: past this many steps our canvas culls and opens on its first steps. */
export const LARGE_FLOW = 150;
const LARGE_FIT_STEPS = 12;

export function benchGraph(params: URLSearchParams, jobIds: readonly string[]): FlowGraph {
  const steps = Number(params.get('steps') ?? '1000');
  if (!Number.isInteger(steps) || steps < 2)
    throw new Error(`?steps= must be a whole number ≥ 2, not ${steps}.`);
  return createBenchFlow(steps, jobIds);
}

/** The view both canvases open on: the whole flow when small, its first steps at a readable zoom when large. */
export function initialFitView(graph: FlowGraph) {
  const fit = { padding: 0.15, maxZoom: 1 };
  if (graph.steps.length <= LARGE_FLOW) return fit;
  const top = [...graph.steps]
    .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x)
    .slice(0, LARGE_FIT_STEPS);
  return { ...fit, minZoom: 0.5, nodes: top.map((step) => ({ id: step.id })) };
}
