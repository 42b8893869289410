import { describe, expect, it } from 'vitest';
import { createStarterGraph, createStep } from '../model/steps';
import { mainLine, withStep } from '../rules/graphs.fixture';
import { connect, removeEdges } from './connections';
import { freshId } from './freshId';

describe('freshId', () => {
  it('numbers after the steps and skips ids taken by steps or edges', () => {
    const graph = createStarterGraph();
    expect(freshId(graph, 'voicemail')).toBe('voicemail-3');
    const taken = {
      ...graph,
      edges: [...graph.edges, { id: 'e-3', source: 'start', output: 'next', target: 'sona-1' }],
    };
    expect(freshId(withStep(taken, createStep('end', 'end-4')), 'end')).toBe('end-5');
    expect(freshId(taken, 'e')).toBe('e-4');
  });
});

describe('connect', () => {
  it('connects an output to a step with a fresh edge id', () => {
    const graph = withStep(mainLine(), createStep('end', 'bye'));
    const next = connect(graph, 'vm', 'next', 'bye');
    expect(next).toBe(graph); // a voicemail has no outputs

    const played = withStep(graph, createStep('play-audio', 'notice'));
    const linked = connect(played, 'notice', 'next', 'bye');
    expect(linked.edges.at(-1)).toEqual({
      id: 'e-notice-next-8',
      source: 'notice',
      output: 'next',
      target: 'bye',
    });
  });

  it('replaces the connection an output already had, since an output leads one way', () => {
    const graph = mainLine();
    const next = connect(graph, 'hours', 'closed', 'end');
    expect(next.edges.filter((edge) => edge.source === 'hours' && edge.output === 'closed')).toEqual([
      expect.objectContaining({ target: 'end' }),
    ]);
    expect(next.edges).toHaveLength(graph.edges.length);
  });

  it('returns the same graph for an unknown step or output, a loop onto itself, or an existing connection', () => {
    const graph = mainLine();
    expect(connect(graph, 'nowhere', 'next', 'end')).toBe(graph);
    expect(connect(graph, 'hours', 'sometimes', 'end')).toBe(graph);
    expect(connect(graph, 'front-desk', 'done', 'front-desk')).toBe(graph);
    expect(connect(graph, 'hours', 'open', 'front-desk')).toBe(graph);
  });
});

describe('removeEdges', () => {
  it('removes connections by id and returns the same graph when none is there', () => {
    const graph = mainLine();
    expect(removeEdges(graph, new Set(['e2', 'e4'])).edges.map((edge) => edge.id)).toEqual(['e1', 'e3']);
    expect(removeEdges(graph, new Set(['e9']))).toBe(graph);
  });
});
