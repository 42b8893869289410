import { describe, expect, it } from 'vitest';
import { mainLine } from '../rules/graphs.fixture';
import { copySteps, pasteSteps } from './clipboard';

describe('copySteps', () => {
  it('copies the steps and the connections between them, never the incoming call', () => {
    const copied = copySteps(mainLine(), new Set(['start', 'hours', 'vm', 'end']));
    expect(copied?.steps.map((step) => step.id)).toEqual(['hours', 'vm', 'end']);
    expect(copied?.edges.map((edge) => edge.id)).toEqual(['e3']);
    expect(copySteps(mainLine(), new Set(['start']))).toBeNull();
  });

  it('is a deep copy: later edits of the graph do not reach it', () => {
    const graph = mainLine();
    const copied = copySteps(graph, new Set(['front-desk']));
    expect(copied?.steps[0]).not.toBe(graph.steps[2]);
    expect(copied?.steps[0]).toEqual(graph.steps[2]);
  });
});

describe('pasteSteps', () => {
  it('pastes copies with fresh ids, moved aside, with their connections between them', () => {
    const graph = mainLine();
    const copied = copySteps(graph, new Set(['hours', 'vm']));
    if (!copied) throw new Error('two steps were copied');
    const { graph: next, ids } = pasteSteps(graph, copied);
    expect(ids).toEqual(['business-hours-6', 'voicemail-7']);
    expect(next.steps.find((step) => step.id === 'voicemail-7')?.position).toEqual({ x: 340, y: 340 });
    expect(next.edges.at(-1)).toEqual({
      id: 'e-business-hours-6-closed',
      source: 'business-hours-6',
      output: 'closed',
      target: 'voicemail-7',
    });
    expect(next.steps.slice(0, graph.steps.length)).toEqual(graph.steps);
  });

  it('keeps the flow’s settings', () => {
    const graph = { ...mainLine(), settings: { requirePassingTests: true } };
    const copied = copySteps(graph, new Set(['vm']));
    if (!copied) throw new Error('a step was copied');
    expect(pasteSteps(graph, copied).graph.settings).toEqual({ requirePassingTests: true });
  });
});
