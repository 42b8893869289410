import { demoWorkspace } from '@sona-designer/core/demo';
import { simulateFlowCallSync } from '@sona-designer/core/simulator';
import { describe, expect, test } from 'vitest';
import { planCallToStep } from './planCall';

const main = demoWorkspace.callFlows?.find((flow) => flow.id === 'flow-main');
if (!main) throw new Error('The demo has no main line.');
const graph = main.draft;
const context = { jobs: demoWorkspace.jobs ?? [], knowledge: demoWorkspace.knowledge ?? [] };
// A Tuesday, 15:00 UTC (10:00 in Montréal): the line is open.
const NOW = Date.parse('2026-03-03T15:00:00Z');

function pathOf(stepId: string, preferredAt?: string) {
  const planned = planCallToStep(
    graph,
    stepId,
    context,
    { messages: [], ...(preferredAt ? { at: preferredAt } : {}) },
    NOW,
  );
  const walked = simulateFlowCallSync(graph, planned.call, context);
  return { planned, path: walked.path.map((step) => step.stepId) };
}

describe('planCallToStep', () => {
  test('keeps the preferred moment when it reaches the step', () => {
    const { planned, path } = pathOf('front-desk', '2026-03-04T11:00:00-05:00');
    expect(planned.reached).toBe(true);
    expect(planned.call.at).toBe('2026-03-04T11:00:00-05:00');
    expect(path).toContain('front-desk');
  });

  test('finds a moment the business hours close for a step behind the closed branch', () => {
    const { planned, path } = pathOf('after-hours', '2026-03-04T11:00:00-05:00');
    expect(planned.reached).toBe(true);
    expect(planned.call.at).not.toBe('2026-03-04T11:00:00-05:00');
    expect(path).toEqual(['start', 'hours', 'after-hours-menu', 'after-hours']);
  });

  test('presses the menu keys on the way, and nobody answers the rings passed', () => {
    expect(pathOf('voicemail').planned.call.keys).toEqual(['2']);
    const onCall = pathOf('after-hours').planned;
    expect(onCall.call.keys.length).toBeLessThanOrEqual(1);
    const ring = pathOf('on-call');
    expect(ring.planned.call.keys).toEqual(['1']);
    expect(ring.path).toContain('on-call');
  });

  test('says so when nothing reaches the step', () => {
    const { planned } = pathOf('no-such-step', '2026-03-04T11:00:00-05:00');
    expect(planned.reached).toBe(false);
    expect(planned.call.at).toBe('2026-03-04T11:00:00-05:00');
  });
});
