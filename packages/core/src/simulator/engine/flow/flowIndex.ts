import type { FlowGraph, Step } from '../../../model/graph';

/** A graph's steps by id and connections by source and output, to follow a call in constant time per step. */
export interface FlowIndex {
  steps: ReadonlyMap<string, Step>;
  /** Source step id → output id → target step id (the first connection when several share an output). */
  targets: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** The incoming-call step, where every call enters (the first one if a draft has several). */
  start: Step | undefined;
}

// A batch of test cases runs on the same graph object; graphs are replaced, not mutated, when edited, so an index
// built once per graph object stays right and the batch skips rebuilding it.
const indexes = new WeakMap<FlowGraph, FlowIndex>();

/** The index of a graph, built once per graph object (edits make new graph objects). */
export function flowIndex(graph: FlowGraph): FlowIndex {
  let index = indexes.get(graph);
  if (index) return index;
  const steps = new Map<string, Step>();
  let start: Step | undefined;
  for (const step of graph.steps) {
    if (!steps.has(step.id)) steps.set(step.id, step);
    if (!start && step.kind === 'incoming-call') start = step;
  }
  const targets = new Map<string, Map<string, string>>();
  for (const edge of graph.edges) {
    let outputs = targets.get(edge.source);
    if (!outputs) {
      outputs = new Map();
      targets.set(edge.source, outputs);
    }
    if (!outputs.has(edge.output)) outputs.set(edge.output, edge.target);
  }
  index = { steps, targets, start };
  indexes.set(graph, index);
  return index;
}
