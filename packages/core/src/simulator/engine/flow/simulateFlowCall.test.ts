import { describe, expect, test } from 'vitest';
import { callFlows } from '../../../demo/callFlows';
import { jobs } from '../../../demo/jobs';
import { knowledge } from '../../../demo/knowledge';
import type { FlowEdge, FlowGraph, Step } from '../../../model/graph';
import type { Job } from '../../../model/job';
import { createStep, menuOptionOutputId } from '../../../model/steps';
import { createLocalSimulatorEngine } from '../runtime/localEngine';
import { simulateFlowCall, simulateFlowCallSync } from './simulateFlowCall';
import type { FlowCall, FlowCallResult } from './types';
import { MAX_FLOW_STEPS } from './walkFlow';

const CALLER = '+15145550100';
const context = { jobs, knowledge };

/** The demo's main line, as the designer edits it. */
function mainLine(): FlowGraph {
  const flow = callFlows.find((candidate) => candidate.id === 'flow-main');
  if (!flow) throw new Error('The demo has no main line.');
  return flow.draft;
}

function edge(source: string, output: string, target: string): FlowEdge {
  return { id: `e-${source}-${output}`, source, output, target };
}

/**
 * The main line with what a larger business puts between its hours and its front desk: a phone menu (1 books or
 * changes a visit at the front desk, 2 rings the billing team then goes to voicemail, 0 forwards to the office,
 * no key replays the menu after a message).
 */
function mainLineWithMenu(): FlowGraph {
  const main = mainLine();
  const steps: Step[] = [
    ...main.steps,
    {
      ...createStep('phone-menu', 'menu', { x: 0, y: 300 }, 'Main menu'),
      prompt: 'For a visit, press 1. For billing, press 2. For the office, press 0.',
      options: [
        { digit: '1', label: 'Book or change a visit' },
        { digit: '2', label: 'Billing' },
        { digit: '0', label: 'Office' },
      ],
    },
    {
      ...createStep('ring-users', 'billing-team', { x: 200, y: 400 }, 'Billing team'),
      targets: [
        { id: 'user-marc', name: 'Marc Dupont' },
        { id: 'user-sophie', name: 'Sophie Tremblay' },
      ],
      ringSeconds: 20,
    },
    { ...createStep('forward', 'office', { x: 400, y: 400 }, 'Office'), phoneNumber: '+15145550166' },
    {
      ...createStep('play-audio', 'menu-again', { x: -200, y: 400 }, 'Sorry'),
      message: 'Sorry, I did not get that.',
    },
  ];
  const edges = [
    ...main.edges.filter((candidate) => !(candidate.source === 'hours' && candidate.output === 'open')),
    edge('hours', 'open', 'menu'),
    edge('menu', menuOptionOutputId('1'), 'front-desk'),
    edge('menu', menuOptionOutputId('2'), 'billing-team'),
    edge('menu', menuOptionOutputId('0'), 'office'),
    edge('menu', 'no-input', 'menu-again'),
    edge('menu-again', 'next', 'menu'),
    edge('billing-team', 'no-answer', 'voicemail'),
  ];
  return { steps, edges };
}

function call(at: string, more: Partial<FlowCall> = {}): FlowCall {
  return { at, callerNumber: CALLER, ...more };
}

/** The reasons of a path without the isolation marks around user text, to compare with plain English. */
function reasons(result: FlowCallResult): string[] {
  return result.path.map((step) => step.reason.replace(/[\u2068\u2069]/g, ''));
}

function stepIds(result: FlowCallResult): string[] {
  return result.path.map((step) => step.stepId);
}

function plain(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}

// Montréal is UTC−5 in winter (EST) and UTC−4 in summer (EDT).
const TUESDAY_MORNING = '2026-12-08T09:30:00-05:00';
const SATURDAY_NIGHT = '2026-12-12T20:00:00-05:00';
const CANADA_DAY = '2026-07-01T10:00:00-04:00';

describe('simulateFlowCall on the demo’s main line', () => {
  test('a weekday-morning call reaches the front desk, and Sona’s conversation and call summary are included', () => {
    const result = simulateFlowCallSync(
      mainLine(),
      call(TUESDAY_MORNING, { messages: ['I would like to book a service visit for my water heater'] }),
      context,
    );

    expect(stepIds(result)).toEqual(['start', 'hours', 'front-desk']);
    expect(result.path.map((step) => step.kind)).toEqual(['incoming-call', 'business-hours', 'sona']);
    expect(reasons(result)).toEqual([
      `Call from ${CALLER}`,
      'Tuesday 09:30 is within business hours (07:30–17:30)',
      'Sona is still talking with the caller after 1 message',
    ]);
    expect(result.path[1]?.output).toBe('open');
    expect(result.path[1]?.detail).toEqual({
      code: 'hours-open',
      params: {
        date: '2026-12-08',
        weekday: 'tue',
        time: '09:30',
        timeZone: 'America/Toronto',
        start: '07:30',
        end: '17:30',
      },
    });
    expect(result.outcome).toBe('in-conversation');
    expect(result.sona?.stepId).toBe('front-desk');
    expect(result.sona?.results.map((turn) => turn.reply)[0]).toContain('Dupont Plomberie & Chauffage');
    expect(result.sona?.results).toHaveLength(2);
    expect(result.sona?.state.transcript[1]).toEqual({
      speaker: 'caller',
      text: 'I would like to book a service visit for my water heater',
    });
    expect(result.summary?.stepId).toBe('front-desk');
    expect(result.summary?.jobId).toBe(result.sona?.state.jobId);
    expect(result.messagesUsed).toBe(1);
  });

  test('when Sona ends the conversation, the call goes on by its Done output', () => {
    const result = simulateFlowCallSync(
      mainLine(),
      call(TUESDAY_MORNING, { messages: ['Thanks, bye'] }),
      context,
    );

    expect(stepIds(result)).toEqual(['start', 'hours', 'front-desk', 'front-desk-end']);
    expect(result.path[2]?.output).toBe('done');
    expect(reasons(result).at(-1)).toBe('Call ended');
    expect(result.outcome).toBe('ended');
    expect(plain(result.ending.reason)).toBe('Call ended');
  });

  test('a Saturday-night call with no key pressed at the after-hours menu reaches the after-hours Sona step, then voicemail', () => {
    const result = simulateFlowCallSync(
      mainLine(),
      call(SATURDAY_NIGHT, { messages: ['Thanks, bye'] }),
      context,
    );

    expect(stepIds(result)).toEqual(['start', 'hours', 'after-hours-menu', 'after-hours', 'voicemail']);
    expect(reasons(result)[1]).toBe('Saturday 20:00 is outside business hours');
    expect(result.path[1]?.output).toBe('closed');
    expect(result.path[2]?.output).toBe('no-input');
    expect(result.sona?.stepId).toBe('after-hours');
    expect(result.outcome).toBe('voicemail');
  });

  test('a holiday call reaches the after-hours Sona step, even in opening hours', () => {
    const result = simulateFlowCallSync(mainLine(), call(CANADA_DAY), context);

    expect(stepIds(result)).toEqual(['start', 'hours', 'after-hours-menu', 'after-hours']);
    expect(reasons(result)[1]).toBe('Wednesday 1 July is a holiday: Canada Day / Fête du Canada');
    expect(result.path[1]?.detail.code).toBe('hours-holiday');
    expect(reasons(result)[3]).toBe('Sona greeted the caller, who said nothing more');
  });

  test('“What happens if someone calls on Christmas at 10:00?”', () => {
    const main = mainLine();
    const graph: FlowGraph = {
      ...main,
      steps: main.steps.map((step) =>
        step.kind === 'business-hours'
          ? {
              ...step,
              schedule: { ...step.schedule, holidays: [{ date: '2026-12-25', name: 'Christmas' }] },
            }
          : step,
      ),
    };
    const result = simulateFlowCallSync(graph, call('2026-12-25T10:00:00-05:00'), context);

    expect(reasons(result)[1]).toBe('Friday 25 December is a holiday: Christmas');
    expect(result.sona?.stepId).toBe('after-hours');
  });

  test('a time in another offset is read in the step’s own time zone (daylight saving time included)', () => {
    const winter = simulateFlowCallSync(mainLine(), call('2026-01-14T13:30:00Z'), context);
    const summer = simulateFlowCallSync(mainLine(), call('2026-07-15T13:30:00Z'), context);
    const early = simulateFlowCallSync(mainLine(), call('2026-01-14T12:00:00Z'), context);
    // 02:00 in Paris on a Saturday is still Friday evening in Montréal.
    const fromParis = simulateFlowCallSync(mainLine(), call('2026-12-12T02:00:00+01:00'), context);

    expect(reasons(winter)[1]).toBe('Wednesday 08:30 is within business hours (07:30–17:30)');
    expect(reasons(summer)[1]).toBe('Wednesday 09:30 is within business hours (07:30–17:30)');
    expect(reasons(early)[1]).toBe('Wednesday 07:00 is outside business hours');
    expect(early.sona?.stepId).toBe('after-hours');
    expect(reasons(fromParis)[1]).toBe('Friday 20:00 is outside business hours');
  });

  test('a time without its offset stops the call at business hours with the reason', () => {
    const result = simulateFlowCallSync(mainLine(), call('2026-12-08T09:30:00'), context);

    expect(stepIds(result)).toEqual(['start', 'hours']);
    expect(result.outcome).toBe('invalid');
    expect(result.ending.detail).toEqual({
      code: 'hours-invalid-time',
      params: { at: '2026-12-08T09:30:00' },
    });
  });

  test('the same call gives the same result, and the engine’s async run matches the sync one', async () => {
    const theCall = call(SATURDAY_NIGHT, { messages: ['My basement is flooding, water everywhere'] });
    const sync = simulateFlowCallSync(mainLine(), theCall, context);

    expect(simulateFlowCallSync(mainLine(), theCall, context)).toEqual(sync);
    expect(await simulateFlowCall(mainLine(), theCall, context)).toEqual(sync);
    expect(
      await simulateFlowCall(mainLine(), theCall, { ...context, engine: createLocalSimulatorEngine() }),
    ).toEqual(sync);
  });

  test('an aborted run rejects with an AbortError', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      simulateFlowCall(mainLine(), call(TUESDAY_MORNING), {
        ...context,
        engine: createLocalSimulatorEngine(),
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('phone menus and ring steps', () => {
  test.each([
    { key: '1', reason: 'Pressed 1: Book or change a visit', next: 'front-desk', outcome: 'in-conversation' },
    { key: '2', reason: 'Pressed 2: Billing', next: 'billing-team', outcome: 'voicemail' },
    { key: '0', reason: 'Pressed 0: Office', next: 'office', outcome: 'forwarded' },
  ])('key $key picks its branch', ({ key, reason, next, outcome }) => {
    const result = simulateFlowCallSync(mainLineWithMenu(), call(TUESDAY_MORNING, { keys: [key] }), context);

    expect(stepIds(result).slice(0, 4)).toEqual(['start', 'hours', 'menu', next]);
    expect(reasons(result)[2]).toBe(reason);
    expect(result.path[2]?.output).toBe(menuOptionOutputId(key));
    expect(result.outcome).toBe(outcome);
    expect(result.keysUsed).toBe(1);
  });

  test('a ring nobody answers falls through to its next step', () => {
    const result = simulateFlowCallSync(mainLineWithMenu(), call(TUESDAY_MORNING, { keys: ['2'] }), context);

    expect(stepIds(result)).toEqual(['start', 'hours', 'menu', 'billing-team', 'voicemail']);
    expect(reasons(result)[3]).toBe('Nobody answered after 20 s: next step');
    expect(result.path[3]?.detail).toEqual({
      code: 'ring-no-answer',
      params: { names: ['Marc Dupont', 'Sophie Tremblay'], ringSeconds: 20 },
    });
    expect(reasons(result)[4]).toBe('Voicemail: the caller leaves a message');
  });

  test('a ring that is answered ends the call there', () => {
    const everyone = simulateFlowCallSync(
      mainLineWithMenu(),
      call(TUESDAY_MORNING, { keys: ['2'], answered: true }),
      context,
    );
    const thisStep = simulateFlowCallSync(
      mainLineWithMenu(),
      call(TUESDAY_MORNING, { keys: ['2'], answered: { 'billing-team': true } }),
      context,
    );
    const otherStep = simulateFlowCallSync(
      mainLineWithMenu(),
      call(TUESDAY_MORNING, { keys: ['2'], answered: { 'sales-team': true } }),
      context,
    );

    expect(stepIds(everyone)).toEqual(['start', 'hours', 'menu', 'billing-team']);
    expect(everyone.outcome).toBe('answered');
    expect(everyone.path[3]?.output).toBeNull();
    expect(reasons(everyone)[3]).toBe('Rang Marc Dupont and Sophie Tremblay: someone answered');
    expect(thisStep.outcome).toBe('answered');
    expect(otherStep.outcome).toBe('voicemail');
  });

  test('the office key forwards the call to its number', () => {
    const result = simulateFlowCallSync(mainLineWithMenu(), call(TUESDAY_MORNING, { keys: ['0'] }), context);

    expect(reasons(result).at(-1)).toBe('Forwarded to +15145550166');
    expect(result.ending.detail).toEqual({ code: 'forwarded', params: { phoneNumber: '+15145550166' } });
  });

  test('a key no option uses takes the no-input branch; a menu left without keys replays, then loops', () => {
    const result = simulateFlowCallSync(mainLineWithMenu(), call(TUESDAY_MORNING, { keys: ['7'] }), context);

    expect(stepIds(result)).toEqual(['start', 'hours', 'menu', 'menu-again', 'menu']);
    expect(reasons(result).slice(2)).toEqual([
      'Pressed 7, which no option uses: no input',
      'Read aloud “Sorry, I did not get that.”: next step',
      'No key pressed within 8 s: no input',
    ]);
    // The message comes next again with no key or message used since: the call would go round forever.
    expect(result.outcome).toBe('loop');
    expect(result.ending.stepId).toBe('menu-again');
    expect(plain(result.ending.reason)).toBe('The call came back to Sorry with nothing new: the flow loops');
  });

  test('a menu reached with no key and no no-input connection ends with the reason', () => {
    const graph = mainLineWithMenu();
    const withoutNoInput = {
      ...graph,
      edges: graph.edges.filter((candidate) => candidate.output !== 'no-input'),
    };
    const result = simulateFlowCallSync(withoutNoInput, call(TUESDAY_MORNING), context);

    expect(stepIds(result)).toEqual(['start', 'hours', 'menu']);
    expect(reasons(result)[2]).toBe('No key pressed within 8 s: no input');
    expect(result.outcome).toBe('disconnected');
    expect(plain(result.ending.reason)).toBe('Nothing is connected after Main menu (No input)');
  });

  test('the keys are used one per menu reached, in order', () => {
    const graph = mainLineWithMenu();
    // The replay message leads to a second menu this time, so two keys are needed.
    const secondMenu: Step = {
      ...createStep('phone-menu', 'menu-2', { x: 0, y: 500 }, 'Second menu'),
      options: [{ digit: '2', label: 'Billing' }],
    };
    const twoMenus: FlowGraph = {
      steps: [...graph.steps, secondMenu],
      edges: [
        ...graph.edges.filter((candidate) => candidate.source !== 'menu-again'),
        edge('menu-again', 'next', 'menu-2'),
        edge('menu-2', menuOptionOutputId('2'), 'billing-team'),
      ],
    };
    const result = simulateFlowCallSync(twoMenus, call(TUESDAY_MORNING, { keys: ['#', '2'] }), context);

    expect(stepIds(result)).toEqual([
      'start',
      'hours',
      'menu',
      'menu-again',
      'menu-2',
      'billing-team',
      'voicemail',
    ]);
    expect(result.keysUsed).toBe(2);
  });
});

describe('flows that go wrong', () => {
  test('a dangling output ends with “Nothing is connected after …”', () => {
    const graph = mainLine();
    const result = simulateFlowCallSync(
      { ...graph, edges: graph.edges.filter((candidate) => candidate.output !== 'closed') },
      call(SATURDAY_NIGHT),
      context,
    );

    expect(stepIds(result)).toEqual(['start', 'hours']);
    expect(result.outcome).toBe('disconnected');
    expect(result.ending).toMatchObject({
      stepId: 'hours',
      detail: {
        code: 'nothing-connected',
        params: { title: 'Business hours', output: 'closed', outputLabel: 'After hours' },
      },
    });
    expect(plain(result.ending.reason)).toBe('Nothing is connected after Business hours (After hours)');
  });

  test('a connection to a step that does not exist ends with its reason', () => {
    const graph = mainLine();
    const result = simulateFlowCallSync(
      {
        ...graph,
        edges: graph.edges.map((candidate) =>
          candidate.output === 'closed' ? { ...candidate, target: 'deleted-step' } : candidate,
        ),
      },
      call(SATURDAY_NIGHT),
      context,
    );

    expect(result.outcome).toBe('disconnected');
    expect(result.ending.detail).toEqual({
      code: 'missing-step',
      params: { title: 'Business hours', output: 'closed', target: 'deleted-step' },
    });
  });

  test('a loop that uses up keys stops after the most steps a call may take', () => {
    const graph = mainLineWithMenu();
    const looping: FlowGraph = {
      ...graph,
      edges: [...graph.edges, edge('menu', menuOptionOutputId('1'), 'menu-again')].filter(
        (candidate) => !(candidate.source === 'menu' && candidate.target === 'front-desk'),
      ),
    };
    const keys = Array.from({ length: MAX_FLOW_STEPS }, () => '1');
    const result = simulateFlowCallSync(looping, call(TUESDAY_MORNING, { keys }), context);

    expect(result.path).toHaveLength(MAX_FLOW_STEPS);
    expect(result.outcome).toBe('loop');
    expect(result.ending.detail).toEqual({ code: 'too-many-steps', params: { steps: MAX_FLOW_STEPS } });
    expect(plain(result.ending.reason)).toBe(
      `Stopped after ${MAX_FLOW_STEPS} steps: the flow goes round in a loop`,
    );
  });

  test('a flow without an incoming-call step takes no step', () => {
    const graph = mainLine();
    const result = simulateFlowCallSync(
      { ...graph, steps: graph.steps.filter((step) => step.kind !== 'incoming-call') },
      call(TUESDAY_MORNING),
      context,
    );

    expect(result.path).toEqual([]);
    expect(result.outcome).toBe('invalid');
    expect(result.ending).toMatchObject({ stepId: null, detail: { code: 'no-start' } });
  });
});

describe('Sona steps in the walk', () => {
  const transferJob: Job = {
    id: 'job-ask-person',
    name: 'Speak to a person',
    description: 'Puts the caller through to someone in the office.',
    trigger: 'The caller asks to speak to a person, an agent or a representative.',
    instructions: '1. Transfer the call to the office. [transfer number: +15145550166]',
    version: 1,
    createdAt: '2026-01-12T14:00:00.000Z',
    updatedAt: '2026-01-12T14:00:00.000Z',
  };

  function withTransferJob(handOffTo: string | null): FlowGraph {
    const graph = mainLine();
    return {
      steps: [
        ...graph.steps.map((step) =>
          step.id === 'front-desk' && step.kind === 'sona' ? { ...step, jobIds: [transferJob.id] } : step,
        ),
        createStep('ring-users', 'office-team', { x: 0, y: 900 }, 'Office team'),
      ],
      edges: handOffTo ? [...graph.edges, edge('front-desk', 'transfer', handOffTo)] : graph.edges,
    };
  }

  const transferCall = call(TUESDAY_MORNING, {
    messages: ['I want to speak to a person please', 'Yes please', 'Yes'],
  });
  const transferContext = { jobs: [...jobs, transferJob], knowledge };

  test('a transfer with nothing on the Hand off output leaves the flow where Sona sent it', () => {
    const result = simulateFlowCallSync(withTransferJob(null), transferCall, transferContext);

    expect(result.sona?.state.actions).toContainEqual({
      type: 'transfer',
      target: 'number',
      destination: '+15145550166',
    });
    expect(result.outcome).toBe('transferred');
    expect(plain(result.ending.reason)).toBe('Sona transferred the call to the number +15145550166');
  });

  test('a transfer follows the Hand off output when it is connected', () => {
    const result = simulateFlowCallSync(withTransferJob('office-team'), transferCall, transferContext);

    expect(stepIds(result)).toEqual(['start', 'hours', 'front-desk', 'office-team']);
    expect(result.path[2]?.output).toBe('transfer');
    // The office team has nobody in it yet: the call falls through to a no-answer output left unconnected.
    expect(reasons(result)[3]).toBe('Nobody to ring: next step');
    expect(result.outcome).toBe('disconnected');
  });

  test('a second Sona step on the path gets the caller’s messages the first one did not use', () => {
    const graph = mainLine();
    const twoSteps: FlowGraph = {
      ...graph,
      edges: graph.edges.map((candidate) =>
        candidate.source === 'front-desk' ? { ...candidate, target: 'after-hours' } : candidate,
      ),
    };
    const result = simulateFlowCallSync(
      twoSteps,
      call(TUESDAY_MORNING, { messages: ['Thanks, bye', 'My basement is flooding'] }),
      context,
    );

    expect(result.conversations.map((conversation) => conversation.stepId)).toEqual([
      'front-desk',
      'after-hours',
    ]);
    expect(result.conversations.map((conversation) => conversation.messagesUsed)).toEqual([1, 1]);
    expect(result.conversations[1]?.state.transcript[1]?.text).toBe('My basement is flooding');
    expect(result.sona?.stepId).toBe('front-desk');
    expect(result.messagesUsed).toBe(2);
  });
});
