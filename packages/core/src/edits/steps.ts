import type { FlowGraph, Step } from '../model/graph';
import { connect } from './connections';

/** Vertical room left between the lowest step and one added without a position. */
const ADDED_STEP_GAP = 160;

/**
 * Adds a step (its id should come from `freshId`); with `from`, connects that output to it, replacing where the
 * output led before, so "add after this step" is one edit.
 */
export function insertStep(
  graph: FlowGraph,
  step: Step,
  from?: { source: string; output: string } | null,
): FlowGraph {
  const added = { ...graph, steps: [...graph.steps, step] };
  return from ? connect(added, from.source, from.output, step.id) : added;
}

/** Where a step added without a position goes: under the lowest step, in line with the leftmost one. */
export function nextStepPosition(graph: FlowGraph): { x: number; y: number } {
  if (graph.steps.length === 0) return { x: 0, y: 0 };
  const bottom = Math.max(...graph.steps.map((step) => step.position.y));
  const left = Math.min(...graph.steps.map((step) => step.position.x));
  return { x: left, y: bottom + ADDED_STEP_GAP };
}

/**
 * Removes steps and every connection touching them. The only incoming-call step is kept, since calls must start
 * somewhere; returns the same graph when nothing is removed.
 */
export function removeSteps(graph: FlowGraph, stepIds: ReadonlySet<string>): FlowGraph {
  const starts = graph.steps.filter((step) => step.kind === 'incoming-call');
  const removable = new Set([...stepIds].filter((id) => !(starts.length === 1 && starts[0]?.id === id)));
  if (removable.size === 0) return graph;
  return {
    ...graph,
    steps: graph.steps.filter((step) => !removable.has(step.id)),
    edges: graph.edges.filter((edge) => !removable.has(edge.source) && !removable.has(edge.target)),
  };
}

/**
 * Applies a patch to one step's settings (its id and kind never change). A patch that changes nothing returns the
 * same graph, so callers can tell a real edit from a no-op by identity.
 */
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

/** Moves steps to new positions (by step id); steps that stay put keep their identity, and so does an unmoved graph. */
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
