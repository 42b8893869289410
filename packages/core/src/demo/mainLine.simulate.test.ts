import { describe, expect, test } from 'vitest';
import type { FlowGraph } from '..';
import { type FlowCall, type FlowCallResult, simulateFlowCallSync } from '../simulator/engine';
import { callFlows } from './callFlows';
import { jobs } from './jobs';
import { knowledge } from './knowledge';

const mainLine = callFlows.find((flow) => flow.id === 'flow-main');
const draft: FlowGraph = mainLine?.draft ?? { steps: [], edges: [] };
const published: FlowGraph = mainLine?.published?.graph ?? { steps: [], edges: [] };

/** Montréal is at UTC−05:00 in December. */
const TUESDAY_MORNING = '2026-12-08T10:00:00-05:00';
const SATURDAY_NIGHT = '2026-12-12T21:00:00-05:00';
const CHRISTMAS_MORNING = '2026-12-25T10:00:00-05:00';
const NEW_YEARS_DAY = '2027-01-01T11:00:00-05:00';

function place(call: Partial<FlowCall> & { at: string }, graph: FlowGraph = draft): FlowCallResult {
  return simulateFlowCallSync(graph, { callerNumber: '+15145550123', ...call }, { jobs, knowledge });
}

const ids = (result: FlowCallResult) => result.path.map((step) => step.stepId);
const codes = (result: FlowCallResult) => result.path.map((step) => step.detail.code);

describe('the demo’s main line, simulated', () => {
  test('a weekday-morning call reaches the front desk', () => {
    const result = place({ at: TUESDAY_MORNING });
    expect(ids(result)).toEqual(['start', 'hours', 'front-desk']);
    expect(codes(result)).toEqual(['call-entered', 'hours-open', 'sona-talking']);
    expect(result.path[1]?.reason).toBe('Tuesday 10:00 is within business hours (07:30–17:30)');
    expect(result.outcome).toBe('in-conversation');
    expect(result.sona?.stepId).toBe('front-desk');
  });

  test('a Saturday-night call with no key pressed goes through the after-hours menu to the after-hours Sona step', () => {
    const result = place({ at: SATURDAY_NIGHT });
    expect(ids(result)).toEqual(['start', 'hours', 'after-hours-menu', 'after-hours']);
    expect(codes(result)).toEqual(['call-entered', 'hours-closed', 'menu-no-input', 'sona-talking']);
    expect(result.path[1]?.reason).toBe('Saturday 21:00 is outside business hours');
    expect(result.path[2]?.output).toBe('no-input');
  });

  test('a call at 10:00 on Christmas Day is closed for the holiday and reaches after hours', () => {
    const result = place({ at: CHRISTMAS_MORNING });
    expect(ids(result)).toEqual(['start', 'hours', 'after-hours-menu', 'after-hours']);
    expect(result.path[1]).toMatchObject({
      output: 'closed',
      detail: { code: 'hours-holiday', params: { date: '2026-12-25', holiday: 'Christmas Day / Noël' } },
    });
    expect(result.path[1]?.reason).toBe('Friday 25 December is a holiday: \u2068Christmas Day / Noël\u2069');
  });

  test('New Year’s Day is a holiday too', () => {
    const result = place({ at: NEW_YEARS_DAY });
    expect(result.path[1]?.detail).toMatchObject({ code: 'hours-holiday', params: { date: '2027-01-01' } });
    expect(ids(result)).toContain('after-hours');
  });

  test('pressing 1 rings the on-call technician; nobody answers, so the after-hours Sona step takes the call', () => {
    const result = place({ at: SATURDAY_NIGHT, keys: ['1'], answered: false });
    expect(ids(result)).toEqual(['start', 'hours', 'after-hours-menu', 'on-call', 'after-hours']);
    expect(codes(result)).toEqual([
      'call-entered',
      'hours-closed',
      'menu-pressed',
      'ring-no-answer',
      'sona-talking',
    ]);
    expect(result.path[2]).toMatchObject({ output: 'option-1', detail: { params: { digit: '1' } } });
    expect(result.path[3]).toMatchObject({
      output: 'no-answer',
      detail: { params: { names: ['Marc Dupont'] } },
    });
    expect(result.keysUsed).toBe(1);
  });

  test('pressing 1 when the on-call technician answers ends the walk at the ring step, answered', () => {
    const result = place({ at: SATURDAY_NIGHT, keys: ['1'], answered: { 'on-call': true } });
    expect(ids(result)).toEqual(['start', 'hours', 'after-hours-menu', 'on-call']);
    expect(result.outcome).toBe('answered');
    expect(result.ending).toMatchObject({
      stepId: 'on-call',
      detail: { code: 'ring-answered', params: { names: ['Marc Dupont'] } },
    });
    expect(result.conversations).toEqual([]);
  });

  test('pressing 2 goes straight to voicemail', () => {
    const result = place({ at: SATURDAY_NIGHT, keys: ['2'] });
    expect(ids(result)).toEqual(['start', 'hours', 'after-hours-menu', 'voicemail']);
    expect(result.outcome).toBe('voicemail');
    expect(result.ending.detail.code).toBe('voicemail');
  });

  test('a key the menu does not use counts as no input: the after-hours Sona step', () => {
    const result = place({ at: SATURDAY_NIGHT, keys: ['7'] });
    expect(ids(result)).toEqual(['start', 'hours', 'after-hours-menu', 'after-hours']);
    expect(result.path[2]?.detail).toEqual({ code: 'menu-unknown-key', params: { digit: '7' } });
  });

  test('an after-hours conversation that ends goes on to voicemail', () => {
    const result = place({
      at: SATURDAY_NIGHT,
      messages: [
        'I would like to leave a message for Sophie',
        'For Sophie Tremblay',
        'Jean Gagnon, 514 555 0188',
        'Please call me back about my bathroom',
        'Yes',
        'No, that is all, thank you',
      ],
    });
    expect(ids(result)).toEqual(['start', 'hours', 'after-hours-menu', 'after-hours', 'voicemail']);
    expect(result.summary?.outcome).toBe('message-taken');
  });

  test('the published revision routes after hours the same way', () => {
    for (const call of [
      { at: CHRISTMAS_MORNING },
      { at: SATURDAY_NIGHT, keys: ['1'] },
      { at: SATURDAY_NIGHT, keys: ['2'] },
      { at: TUESDAY_MORNING },
    ]) {
      expect(ids(place(call, published)), call.at).toEqual(ids(place(call)));
    }
  });
});
