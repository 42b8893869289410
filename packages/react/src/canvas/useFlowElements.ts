import type { FlowEdge, Step } from '@sona-designer/core';
import { type Edge, MarkerType } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import { formatMessage, type Messages, outputLabel } from '../i18n';
import { useFlow } from '../state';
import { stepNodeName } from './stepNode/labels';
import type { StepFlowNode, StepNodeData } from './stepNode/types';

export interface Measured {
  width: number;
  height: number;
}

interface CachedNode {
  step: Step;
  selected: boolean;
  path: PathMark;
  measured: Measured | undefined;
  messages: Messages;
  tabStop: boolean;
  node: StepFlowNode;
}

interface CachedEdge {
  edge: FlowEdge;
  selected: boolean;
  path: PathMark;
  sourceTitle: string;
  targetTitle: string;
  messages: Messages;
  value: Edge;
}

// Where a step or connection stands on the path of the call the simulator drawer plays: a class the canvas styles
// (an accent ring, a thicker accent line); empty off the path.
type PathMark = string;

/**
 * React Flow's nodes and edges, derived from the flow store. Node objects are cached per step: a step whose
 * object, selection and size did not change keeps the same node object, so React Flow re-renders only the nodes
 * that changed (dragging one node re-renders that node alone). Edges are cached the same way, and the edge array
 * keeps its identity while no edge changed (a drag moves steps only): React Flow then skips re-indexing every
 * connection on each pointer move.
 */
export function useFlowElements(
  messages: Messages,
  measured: Readonly<Record<string, Measured>>,
  /** The one step in the tab order (roving focus): every other step and every connection has tabIndex -1. */
  tabStopId: string | null = null,
) {
  const stepIds = useFlow((state) => state.stepIds);
  const stepsById = useFlow((state) => state.stepsById);
  const edges = useFlow((state) => state.draft.edges);
  const selectedStepIds = useFlow((state) => state.selectedStepIds);
  const selectedEdgeIds = useFlow((state) => state.selectedEdgeIds);
  const path = useFlow((state) => state.simulatorPath);
  const nodeCache = useRef(new Map<string, CachedNode>());
  const dataCache = useRef(new Map<string, StepNodeData>());
  const edgeCache = useRef(new Map<string, CachedEdge>());
  const lastEdges = useRef<Edge[]>([]);

  const nodes = useMemo(() => {
    const selected = new Set(selectedStepIds);
    const taken = new Set(path?.stepIds);
    const next = new Map<string, CachedNode>();
    const result: StepFlowNode[] = [];
    for (const id of stepIds) {
      const step = stepsById[id];
      if (!step) continue;
      const isSelected = selected.has(id);
      const size = measured[id];
      const tabStop = id === tabStopId;
      const mark: PathMark =
        path?.currentStepId === id
          ? ' sona-flow-node--current'
          : taken.has(id)
            ? ' sona-flow-node--taken'
            : '';
      const cached = nodeCache.current.get(id);
      if (
        cached &&
        cached.step === step &&
        cached.selected === isSelected &&
        cached.path === mark &&
        cached.measured === size &&
        cached.messages === messages &&
        cached.tabStop === tabStop
      ) {
        next.set(id, cached);
        result.push(cached.node);
        continue;
      }
      let data = dataCache.current.get(id);
      if (!data) {
        data = { stepId: id };
        dataCache.current.set(id, data);
      }
      const node: StepFlowNode = {
        id,
        type: 'step',
        position: step.position,
        data,
        selected: isSelected,
        className: `sona-flow-node sona-flow-node--${step.kind}${mark}`,
        ariaLabel: stepNodeName(messages, step),
        domAttributes: { 'aria-roledescription': messages.canvas.nodeRole, tabIndex: tabStop ? 0 : -1 },
        ...(size ? { measured: size } : {}),
      };
      next.set(id, { step, selected: isSelected, path: mark, measured: size, messages, tabStop, node });
      result.push(node);
    }
    nodeCache.current = next;
    for (const id of dataCache.current.keys()) if (!stepsById[id]) dataCache.current.delete(id);
    return result;
  }, [stepIds, stepsById, selectedStepIds, path, measured, messages, tabStopId]);

  const flowEdges = useMemo(() => {
    const selected = new Set(selectedEdgeIds);
    const taken = new Set(path?.edgeIds);
    const next = new Map<string, CachedEdge>();
    const result: Edge[] = [];
    for (const edge of edges) {
      const source = stepsById[edge.source];
      const target = stepsById[edge.target];
      if (!source || !target) continue;
      const isSelected = selected.has(edge.id);
      const mark: PathMark = taken.has(edge.id) ? 'sona-flow-edge--taken' : '';
      const cached = edgeCache.current.get(edge.id);
      if (
        cached &&
        cached.edge === edge &&
        cached.selected === isSelected &&
        cached.path === mark &&
        cached.sourceTitle === source.title &&
        cached.targetTitle === target.title &&
        cached.messages === messages
      ) {
        next.set(edge.id, cached);
        result.push(cached.value);
        continue;
      }
      const name = formatMessage(messages.canvas.edgeName, {
        source: source.title,
        output: outputLabel(messages, edge.output),
        target: target.title,
      });
      const value: Edge = {
        id: edge.id,
        source: edge.source,
        sourceHandle: edge.output,
        target: edge.target,
        type: 'connection',
        selected: isSelected,
        ariaLabel: name,
        // Reached from its step with the connections key, never by Tab.
        domAttributes: { 'aria-roledescription': messages.canvas.edgeRole, tabIndex: -1 },
        className: mark,
        markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: 'var(--sona-edge-color)' },
      };
      next.set(edge.id, {
        edge,
        selected: isSelected,
        path: mark,
        sourceTitle: source.title,
        targetTitle: target.title,
        messages,
        value,
      });
      result.push(value);
    }
    edgeCache.current = next;
    const previous = lastEdges.current;
    if (previous.length === result.length && result.every((value, index) => value === previous[index])) {
      return previous;
    }
    lastEdges.current = result;
    return result;
  }, [edges, stepsById, selectedEdgeIds, path, messages]);

  return { nodes, edges: flowEdges };
}
