import { describe, expect, it } from 'vitest';
import type { FlowGraph } from '../model/graph';
import { createStarterGraph, createStep } from '../model/steps';
import { mainLine } from '../rules/graphs.fixture';
import { insertStep, nextStepPosition, removeSteps, setPositions, updateStep } from './steps';

describe('insertStep', () => {
  it('adds a step, connected from an output when asked, replacing where that output led', () => {
    const graph = mainLine();
    const alone = insertStep(graph, createStep('end', 'bye'));
    expect(alone.steps.at(-1)?.id).toBe('bye');
    expect(alone.edges).toBe(graph.edges);

    const after = insertStep(graph, createStep('end', 'bye'), { source: 'hours', output: 'closed' });
    expect(after.edges.filter((edge) => edge.source === 'hours' && edge.output === 'closed')).toEqual([
      expect.objectContaining({ target: 'bye' }),
    ]);
  });
});

describe('nextStepPosition', () => {
  it('goes under the lowest step, in line with the leftmost, or at the origin in an empty graph', () => {
    expect(nextStepPosition(mainLine())).toEqual({ x: 0, y: 610 });
    expect(nextStepPosition({ steps: [], edges: [] })).toEqual({ x: 0, y: 0 });
  });
});

describe('removeSteps', () => {
  it('removes steps and every connection touching them', () => {
    const next = removeSteps(mainLine(), new Set(['hours']));
    expect(next.steps.map((step) => step.id)).toEqual(['start', 'front-desk', 'vm', 'end']);
    expect(next.edges.map((edge) => edge.id)).toEqual(['e4']);
  });

  it('keeps the only incoming call, and returns the same graph when nothing else goes', () => {
    const graph = mainLine();
    expect(removeSteps(graph, new Set(['start']))).toBe(graph);
    const twoStarts: FlowGraph = {
      ...graph,
      steps: [...graph.steps, createStep('incoming-call', 'start-2')],
    };
    expect(removeSteps(twoStarts, new Set(['start-2'])).steps).toHaveLength(graph.steps.length);
  });

  it('keeps the flow’s settings, as every edit does', () => {
    const graph: FlowGraph = { ...mainLine(), settings: { requirePassingTests: true } };
    expect(removeSteps(graph, new Set(['hours'])).settings).toEqual({ requirePassingTests: true });
    const step = createStep('end', 'end-2');
    expect(insertStep(graph, step).settings).toEqual({ requirePassingTests: true });
    expect(updateStep(graph, 'vm', { title: 'Messages' }).settings).toEqual({ requirePassingTests: true });
  });
});

describe('updateStep', () => {
  it('patches one step and keeps its id and kind, leaving the other steps identical', () => {
    const graph = createStarterGraph();
    const next = updateStep(graph, 'sona-1', { title: 'Front desk', id: 'other', kind: 'end' } as never);
    expect(next.steps[1]).toMatchObject({ id: 'sona-1', kind: 'sona', title: 'Front desk' });
    expect(next.steps[0]).toBe(graph.steps[0]);
  });

  it('returns the same graph for a patch that changes nothing or an unknown step', () => {
    const graph = createStarterGraph();
    expect(updateStep(graph, 'sona-1', { title: graph.steps[1]?.title ?? '' })).toBe(graph);
    expect(updateStep(graph, 'nowhere', { title: 'x' })).toBe(graph);
  });
});

describe('setPositions', () => {
  it('moves the given steps and keeps the others, and an unmoved graph, identical', () => {
    const graph = mainLine();
    const next = setPositions(graph, { vm: { x: 10, y: 20 } });
    expect(next.steps.find((step) => step.id === 'vm')?.position).toEqual({ x: 10, y: 20 });
    expect(next.steps[0]).toBe(graph.steps[0]);
    expect(setPositions(graph, { vm: { x: 300, y: 300 }, nowhere: { x: 1, y: 1 } })).toBe(graph);
  });
});
