import { createStep, type FlowGraph } from '@sona-designer/core';
import { demoWorkspace } from '@sona-designer/core/demo';
import { describe, expect, test } from 'vitest';
import { everyKindGraph } from '../test/fixtures';
import { layoutGraph } from './autoLayout';
import { estimateStepHeight, stepNodeWidth } from './nodeSize';

function boxes(graph: FlowGraph, positions: ReturnType<typeof layoutGraph>) {
  return graph.steps.map((step) => {
    const position = positions[step.id];
    if (!position) throw new Error(`No position for ${step.id}`);
    return { id: step.id, ...position, width: stepNodeWidth(step), height: estimateStepHeight(step) };
  });
}

describe('layoutGraph', () => {
  test('places every step, each below the steps that lead to it', () => {
    const graph = everyKindGraph();
    const positions = layoutGraph(graph);

    expect(Object.keys(positions).sort()).toEqual(graph.steps.map((step) => step.id).sort());
    const byId = new Map(graph.steps.map((step) => [step.id, step]));
    for (const edge of graph.edges) {
      const source = byId.get(edge.source);
      const below = (positions[edge.source]?.y ?? 0) + (source ? estimateStepHeight(source) : 0);
      expect(positions[edge.target]?.y).toBeGreaterThan(below);
    }
  });

  test('leaves no two steps overlapping', () => {
    const graph = everyKindGraph();
    const placed = boxes(graph, layoutGraph(graph));
    for (const a of placed) {
      for (const b of placed) {
        if (a.id >= b.id) continue;
        const overlap =
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });

  test('keeps the start of the call where it was, so the flow does not jump', () => {
    const graph = everyKindGraph();
    const start = graph.steps.find((step) => step.kind === 'incoming-call');
    expect(layoutGraph(graph)[start?.id ?? '']).toEqual(start?.position);
  });

  test('puts the first output’s branch left of the second', () => {
    const graph = everyKindGraph();
    const positions = layoutGraph(graph);
    // Business hours: "During hours" goes to the menu, "After hours" to the closed message.
    expect(positions.menu?.x).toBeLessThan(positions.promo?.x ?? 0);
  });

  test('copes with branches that meet again on different rows', () => {
    const graph: FlowGraph = {
      steps: [
        createStep('incoming-call', 'start'),
        createStep('business-hours', 'hours'),
        createStep('play-audio', 'promo'),
        createStep('end', 'end'),
      ],
      edges: [
        { id: 'e1', source: 'start', output: 'next', target: 'hours' },
        { id: 'e2', source: 'hours', output: 'open', target: 'end' },
        { id: 'e3', source: 'hours', output: 'closed', target: 'promo' },
        { id: 'e4', source: 'promo', output: 'next', target: 'end' },
      ],
    };
    const positions = layoutGraph(graph);
    expect(positions.end?.y).toBeGreaterThan(positions.promo?.y ?? 0);
  });

  test('uses measured sizes when given', () => {
    const graph = everyKindGraph();
    const start = graph.steps.find((step) => step.id === 'start');
    const tall = layoutGraph(graph, { sizes: { start: { width: 260, height: 400 } } });
    const normal = layoutGraph(graph);
    expect((tall.hours?.y ?? 0) - (normal.hours?.y ?? 0)).toBe(400 - (start ? estimateStepHeight(start) : 0));
  });

  test('is deterministic and handles an empty graph, loops and connections to missing steps', () => {
    expect(layoutGraph({ steps: [], edges: [] })).toEqual({});
    const graph: FlowGraph = {
      steps: [
        createStep('incoming-call', 'start', { x: 10, y: 20 }),
        createStep('play-audio', 'a', { x: 0, y: 0 }),
        createStep('play-audio', 'b', { x: 0, y: 0 }),
      ],
      edges: [
        { id: 'e1', source: 'start', output: 'next', target: 'a' },
        { id: 'e2', source: 'a', output: 'next', target: 'b' },
        { id: 'e3', source: 'b', output: 'next', target: 'a' },
        { id: 'e4', source: 'b', output: 'next', target: 'gone' },
      ],
    };
    const first = layoutGraph(graph);
    expect(layoutGraph(graph)).toEqual(first);
    expect(first.start).toEqual({ x: 10, y: 20 });
    expect(first.a?.y).toBeGreaterThan(first.start?.y ?? 0);
  });

  test('lays out every demo call flow', () => {
    for (const flow of demoWorkspace.callFlows ?? []) {
      const positions = layoutGraph(flow.draft);
      expect(Object.keys(positions)).toHaveLength(flow.draft.steps.length);
    }
  });
});
