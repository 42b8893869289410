import type { FlowGraph } from '../model/graph';
import { stepOutputs } from '../model/steps';
import { freshId } from './freshId';

/**
 * Connects an output of `source` to `target`; returns a new graph. An output leads one way, so a connection it
 * already had is replaced. An unknown step or output, or a step connected to itself, returns the graph as is.
 */
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

/** Removes connections by id; returns the same graph when none of them is there. */
export function removeEdges(graph: FlowGraph, edgeIds: ReadonlySet<string>): FlowGraph {
  if (!graph.edges.some((edge) => edgeIds.has(edge.id))) return graph;
  return { ...graph, edges: graph.edges.filter((edge) => !edgeIds.has(edge.id)) };
}
