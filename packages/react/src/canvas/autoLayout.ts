import { Graph, layout } from '@dagrejs/dagre';
import { type FlowGraph, type Step, stepOutputs } from '@sona-designer/core';
import { estimateStepHeight, type Size, stepNodeWidth } from './nodeSize';

export type { Size };

/** Top-left corners of steps, by step id. */
export type Positions = Record<string, { x: number; y: number }>;

/** Options of `layoutGraph`; the spacings are in pixels. */
export interface LayoutOptions {
  /** Measured sizes of the nodes; steps not listed use an estimate. */
  sizes?: Readonly<Record<string, Size | undefined>>;
  /** Space between ranks (rows), 80 by default. */
  rankSep?: number;
  /** Space between the nodes of one rank, 60 by default. */
  nodeSep?: number;
}

/**
 * Top-to-bottom positions (top-left corners) for every step, from the call's start down to its ends, with dagre.
 * The result is anchored at the start step's current position so the flow does not jump across the canvas.
 */
export function layoutGraph(graph: FlowGraph, options: LayoutOptions = {}): Positions {
  if (graph.steps.length === 0) return {};
  const { sizes = {}, rankSep = 80, nodeSep = 60 } = options;
  const g = new Graph({ multigraph: true });
  g.setGraph({
    rankdir: 'TB',
    rankalign: 'top',
    ranksep: rankSep,
    nodesep: nodeSep,
    edgesep: 24,
    marginx: 0,
    marginy: 0,
  });
  g.setDefaultEdgeLabel(() => ({}));

  const stepsById = new Map<string, Step>();
  for (const step of graph.steps) {
    stepsById.set(step.id, step);
    const size = sizes[step.id];
    g.setNode(step.id, {
      width: size?.width ?? stepNodeWidth(step),
      height: size?.height ?? estimateStepHeight(step),
    });
  }
  // Edges in the order of their source's outputs, so "During hours" lands left of "After hours".
  const outputOrder = (edge: FlowGraph['edges'][number]) => {
    const source = stepsById.get(edge.source);
    return source ? stepOutputs(source).findIndex((output) => output.id === edge.output) : 0;
  };
  const edges = graph.edges
    .filter((edge) => stepsById.has(edge.source) && stepsById.has(edge.target) && edge.source !== edge.target)
    .sort((a, b) => outputOrder(a) - outputOrder(b));
  for (const edge of edges) g.setEdge(edge.source, edge.target, {}, edge.id);

  // Siblings keep the order of the outputs that lead to them (dagre otherwise picks either side).
  const constraints: { left: string; right: string }[] = [];
  const targetsBySource = new Map<string, string[]>();
  for (const edge of edges) {
    const targets = targetsBySource.get(edge.source) ?? [];
    if (!targets.includes(edge.target)) targets.push(edge.target);
    targetsBySource.set(edge.source, targets);
  }
  for (const targets of targetsBySource.values()) {
    for (let i = 1; i < targets.length; i++) {
      const left = targets[i - 1];
      const right = targets[i];
      if (left && right) constraints.push({ left, right });
    }
  }

  layout(g, { constraints });

  const positions: Positions = {};
  for (const step of graph.steps) {
    const node = g.node(step.id);
    positions[step.id] = {
      x: Math.round(node.x - node.width / 2),
      y: Math.round(node.y - node.height / 2),
    };
  }
  const anchor = graph.steps.find((step) => step.kind === 'incoming-call') ?? graph.steps[0];
  const placed = anchor ? positions[anchor.id] : undefined;
  if (!anchor || !placed) return positions;
  const dx = anchor.position.x - placed.x;
  const dy = anchor.position.y - placed.y;
  for (const id of Object.keys(positions)) {
    const position = positions[id];
    if (position) positions[id] = { x: position.x + dx, y: position.y + dy };
  }
  return positions;
}
