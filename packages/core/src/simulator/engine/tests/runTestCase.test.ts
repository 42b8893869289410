import { describe, expect, test } from 'vitest';
import { callFlows } from '../../../demo/callFlows';
import { JOB_IDS, jobs } from '../../../demo/jobs';
import { KNOWLEDGE_IDS, knowledge } from '../../../demo/knowledge';
import type { CallFlow } from '../../../model/callFlow';
import type { FlowGraph } from '../../../model/graph';
import { type Expectation, TestCaseInputSchema } from '../../../model/testCase';
import { simulateFlowCallSync } from '../flow/simulateFlowCall';
import type { FlowCall } from '../flow/types';
import { compareRuns } from './compareRuns';
import { type RunnableTestCase, runTestCase, runTestCases, type TestCaseResult } from './runTestCase';
import { testCaseFromCall } from './testCaseFromCall';

const context = { jobs, knowledge };
const CALLER = '+15145550100';
// Montréal is UTC−5 in winter.
const TUESDAY_MORNING = '2026-12-08T09:30:00-05:00';
const SATURDAY_NIGHT = '2026-12-12T20:00:00-05:00';

const BOOKING_SMS =
  'Dupont Plomberie & Chauffage: we received your visit request. We will call you to confirm the time window.';

/** A weekday call to the front desk: a question answered from Knowledge, then a visit booked, then goodbye. */
const bookingCall: FlowCall = {
  at: TUESDAY_MORNING,
  callerNumber: CALLER,
  messages: [
    'What are your opening hours on Saturday?',
    'I would like to book a service visit, my water heater is leaking',
    'It started yesterday, the water heater in the basement',
    '1234 rue Saint-Denis, Montréal',
    'Morning please',
    'Louise Gagnon, 514-555-0199, by phone',
    'Yes that is right',
    'Thanks, bye',
  ],
};

/** A Saturday-night call to after hours: a message for Marc, then voicemail. */
const afterHoursCall: FlowCall = {
  at: SATURDAY_NIGHT,
  callerNumber: CALLER,
  messages: [
    'Can I leave a message for Marc?',
    'Marc',
    'Louise Gagnon, 514-555-0199',
    'Please call me back about my invoice',
    'Yes',
    'Thanks, bye',
  ],
};

function mainFlow(): CallFlow {
  const flow = callFlows.find((candidate) => candidate.id === 'flow-main');
  if (!flow) throw new Error('The demo has no main line.');
  return flow;
}

function mainLine(): FlowGraph {
  return mainFlow().draft;
}

/** The main line with a job taken off the front desk, as a person does by detaching it on the canvas. */
function withoutJob(graph: FlowGraph, jobId: string): FlowGraph {
  return {
    ...graph,
    steps: graph.steps.map((step) =>
      step.kind === 'sona' && step.id === 'front-desk'
        ? { ...step, jobIds: step.jobIds.filter((id) => id !== jobId) }
        : step,
    ),
  };
}

/** The main line with one output connected elsewhere. */
function rewired(graph: FlowGraph, source: string, output: string, target: string): FlowGraph {
  return {
    ...graph,
    edges: graph.edges.map((edge) =>
      edge.source === source && edge.output === output ? { ...edge, target } : edge,
    ),
  };
}

function testCase(id: string, call: FlowCall, expectations: Expectation[]): RunnableTestCase {
  return {
    id,
    call: {
      at: call.at,
      callerNumber: call.callerNumber,
      keys: [...(call.keys ?? [])],
      answered: false,
      messages: [...(call.messages ?? [])],
    },
    expectations,
  };
}

/** A test saved in one click from a simulated call on the draft. */
function savedFromCall(id: string, call: FlowCall, graph: FlowGraph = mainLine()): RunnableTestCase {
  const result = simulateFlowCallSync(graph, call, context);
  const input = testCaseFromCall(call, result, { name: 'Saved call', callFlowId: 'flow-main' });
  return { id, call: TestCaseInputSchema.parse(input).call, expectations: input.expectations };
}

/** A failure message without the isolation marks around user text, to compare with plain English. */
function plain(text: string | undefined): string | undefined {
  return text?.replace(/[\u2068\u2069]/g, '');
}

function messages(result: TestCaseResult): (string | undefined)[] {
  return result.failures.map((failure) => plain(failure.message));
}

describe('testCaseFromCall', () => {
  test('pre-fills the last step, each job with its turn, the page quoted, the SMS and the outcome', () => {
    const result = simulateFlowCallSync(mainLine(), bookingCall, context);
    const input = testCaseFromCall(bookingCall, result, { name: 'Booking a visit', callFlowId: 'flow-main' });

    expect(input.expectations).toEqual([
      { kind: 'reaches-step', stepId: 'front-desk-end' },
      { kind: 'knowledge-quoted', pageId: KNOWLEDGE_IDS.hours, turn: 1 },
      { kind: 'job-fires', jobId: JOB_IDS.bookService, turn: 2 },
      { kind: 'action-fires', action: 'sms', contains: BOOKING_SMS, turn: 7 },
      { kind: 'outcome', outcome: 'appointment-booked' },
    ]);
    expect(input.call).toEqual({ ...bookingCall, keys: [], answered: false });
    expect(TestCaseInputSchema.safeParse(input).success).toBe(true);
  });

  test('a call that never reaches Sona has no outcome to expect', () => {
    const graph = rewired(mainLine(), 'hours', 'closed', 'voicemail');
    const result = simulateFlowCallSync(graph, afterHoursCall, context);
    const input = testCaseFromCall(afterHoursCall, result, { name: 'Night', callFlowId: 'flow-main' });

    expect(input.expectations).toEqual([{ kind: 'reaches-step', stepId: 'voicemail' }]);
  });
});

describe('runTestCase on the demo’s main line', () => {
  test('a test saved from a call passes on the same graph, on both lines', () => {
    const booking = runTestCase(mainLine(), savedFromCall('t-booking', bookingCall), context);
    const savedNight = savedFromCall('t-night', afterHoursCall);
    const night = runTestCase(mainLine(), savedNight, context);

    expect(booking).toMatchObject({ testCaseId: 't-booking', passed: true, failures: [] });
    expect(booking.result.ending.stepId).toBe('front-desk-end');
    expect(savedNight.expectations).toEqual([
      { kind: 'reaches-step', stepId: 'voicemail' },
      { kind: 'job-fires', jobId: JOB_IDS.takeMessage, turn: 1 },
      { kind: 'outcome', outcome: 'message-taken' },
    ]);
    expect(night.passed).toBe(true);
    expect(night.result.path.map((step) => step.stepId)).toEqual([
      'start',
      'hours',
      'after-hours-menu',
      'after-hours',
      'voicemail',
    ]);
  });

  test('detaching the job it expects makes it fail at the turn, naming both jobs', () => {
    const saved = savedFromCall('t-booking', bookingCall);
    const run = runTestCase(withoutJob(mainLine(), JOB_IDS.bookService), saved, context);

    expect(run.passed).toBe(false);
    expect(run.failures[0]).toMatchObject({
      index: 2,
      turn: 2,
      expectation: { kind: 'job-fires', jobId: JOB_IDS.bookService, turn: 2 },
      detail: {
        code: 'job-not-fired',
        params: { job: 'Book a service visit', fired: ['Reschedule or cancel a visit'], turn: 2 },
      },
    });
    expect(plain(run.failures[0]?.message)).toBe(
      'Turn 2: expected job “Book a service visit” to fire, “Reschedule or cancel a visit” fired',
    );
    // The other expectations that broke with it are listed after, in the test's order.
    expect(run.failures.map((failure) => failure.expectation.kind)).toEqual([
      'job-fires',
      'action-fires',
      'outcome',
    ]);
  });

  test('a job expected at any turn names the jobs that fired instead', () => {
    const run = runTestCase(
      withoutJob(mainLine(), JOB_IDS.bookService),
      testCase('t', bookingCall, [{ kind: 'job-fires', jobId: JOB_IDS.bookService }]),
      context,
    );

    expect(messages(run)).toEqual([
      'Expected job “Book a service visit” to fire during the call, “Reschedule or cancel a visit” fired',
    ]);
    expect(run.failures[0]?.turn).toBeUndefined();
  });

  test('a reaches-step expectation fails once the edge is rewired, saying where the call ended', () => {
    const expectation: Expectation = { kind: 'reaches-step', stepId: 'after-hours' };
    const before = runTestCase(mainLine(), testCase('t', afterHoursCall, [expectation]), context);
    const after = runTestCase(
      rewired(mainLine(), 'hours', 'closed', 'voicemail'),
      testCase('t', afterHoursCall, [expectation]),
      context,
    );

    expect(before.passed).toBe(true);
    expect(after.passed).toBe(false);
    expect(messages(after)).toEqual(['The call never reached “After hours”: it ended at “Voicemail”']);
    expect(after.failures[0]?.detail).toEqual({
      code: 'step-not-reached',
      params: { title: 'After hours', endedAt: 'Voicemail' },
    });
  });

  test('outcome: passes when the call summary says so, fails naming both, and without Sona', () => {
    const booked: Expectation = { kind: 'outcome', outcome: 'appointment-booked' };
    const pass = runTestCase(mainLine(), testCase('t', bookingCall, [booked]), context);
    const fail = runTestCase(mainLine(), testCase('t', afterHoursCall, [booked]), context);
    const noSona = runTestCase(
      rewired(mainLine(), 'hours', 'closed', 'voicemail'),
      testCase('t', afterHoursCall, [booked]),
      context,
    );

    expect(pass.passed).toBe(true);
    expect(messages(fail)).toEqual([
      'Expected the outcome “appointment booked”, the call ended with “message taken”',
    ]);
    expect(fail.failures[0]?.detail).toEqual({
      code: 'outcome-differs',
      params: { expected: 'appointment-booked', actual: 'message-taken' },
    });
    expect(messages(noSona)).toEqual([
      'Expected the outcome “appointment booked”, but the call never reached Sona: it ended at “Voicemail”',
    ]);
  });

  test('reply-contains: at a turn or anywhere, ignoring case and typographic apostrophes', () => {
    const run = runTestCase(
      mainLine(),
      testCase('t', bookingCall, [
        { kind: 'reply-contains', text: "i've sent you a text message", turn: 7 },
        { kind: 'reply-contains', text: 'Are you calling about a visit' },
        { kind: 'reply-contains', text: 'service address', turn: 2 },
        { kind: 'reply-contains', text: 'free estimate' },
      ]),
      context,
    );

    expect(run.failures.map((failure) => failure.index)).toEqual([2, 3]);
    expect(messages(run)).toEqual([
      'Turn 2: Sona’s reply does not contain “service address”',
      'Sona never said “free estimate”',
    ]);
    expect(run.failures[0]?.turn).toBe(2);
    expect(run.failures[0]?.detail).toMatchObject({
      code: 'reply-without-text',
      params: { reply: 'Could you tell me what the problem is and since when?' },
    });
  });

  test('action-fires: an SMS containing a text passes; another text, another turn or a transfer fails', () => {
    const run = runTestCase(
      mainLine(),
      testCase('t', bookingCall, [
        { kind: 'action-fires', action: 'sms', contains: 'VISIT REQUEST' },
        { kind: 'action-fires', action: 'sms', contains: '', turn: 7 },
        { kind: 'action-fires', action: 'sms', contains: 'address' },
        { kind: 'action-fires', action: 'sms', contains: 'visit request', turn: 3 },
        { kind: 'action-fires', action: 'transfer', contains: '' },
        { kind: 'action-fires', action: 'transfer', contains: 'office' },
      ]),
      context,
    );

    expect(messages(run)).toEqual([
      'No SMS containing “address” was sent',
      'Turn 3: no SMS containing “visit request” was sent',
      'The call was not transferred',
      'No transfer to “office” was made',
    ]);
    expect(run.failures[0]?.detail).toEqual({
      code: 'action-not-fired',
      params: { action: 'sms', contains: 'address', fired: [BOOKING_SMS] },
    });
    expect(run.failures[1]?.turn).toBe(3);
  });

  test('knowledge-quoted: the page quoted passes; another page fails naming the one quoted', () => {
    const run = runTestCase(
      mainLine(),
      testCase('t', bookingCall, [
        { kind: 'knowledge-quoted', pageId: KNOWLEDGE_IDS.hours, turn: 1 },
        { kind: 'knowledge-quoted', pageId: KNOWLEDGE_IDS.prices, turn: 1 },
        { kind: 'knowledge-quoted', pageId: KNOWLEDGE_IDS.prices },
      ]),
      context,
    );

    expect(messages(run)).toEqual([
      'Turn 1: expected “Prices / Tarifs” to be quoted, “Opening hours / Heures d’ouverture” was quoted',
      'Expected “Prices / Tarifs” to be quoted during the call, “Opening hours / Heures d’ouverture” was quoted',
    ]);
  });

  test('ids the graph or workspace no longer has, and turns the call never had, fail clearly instead of throwing', () => {
    const run = runTestCase(
      mainLine(),
      testCase('t', bookingCall, [
        { kind: 'reaches-step', stepId: 'deleted-step' },
        { kind: 'job-fires', jobId: 'job-deleted', turn: 1 },
        { kind: 'knowledge-quoted', pageId: 'kb-deleted' },
        { kind: 'job-fires', jobId: JOB_IDS.bookService, turn: 12 },
        { kind: 'reply-contains', text: 'hello', turn: 1 },
      ]),
      context,
    );
    const silent = runTestCase(
      mainLine(),
      testCase('t', { at: TUESDAY_MORNING, callerNumber: CALLER }, [
        { kind: 'action-fires', action: 'sms', contains: '', turn: 1 },
      ]),
      context,
    );

    expect(run.failures.map((failure) => failure.detail.code)).toEqual([
      'step-missing',
      'job-missing',
      'page-missing',
      'turn-not-reached',
      'reply-without-text',
    ]);
    expect(messages(run).slice(0, 4)).toEqual([
      'The step this test expects no longer exists',
      'The job this test expects no longer exists',
      'The knowledge page this test expects no longer exists',
      'Turn 12 never happened: the call had only 8 turns',
    ]);
    expect(run.failures[3]?.turn).toBe(12);
    expect(messages(silent)).toEqual(['Turn 1 never happened: the caller never spoke to Sona']);
  });
});

describe('running a suite', () => {
  const suite = (): RunnableTestCase[] => [
    savedFromCall('t-booking', bookingCall),
    savedFromCall('t-night', afterHoursCall),
    testCase('t-new-greeting', bookingCall, [
      { kind: 'reply-contains', text: 'Are you calling about a visit or something new?' },
    ]),
  ];

  test('runTestCases keeps the order and counts passed and failed', () => {
    const run = runTestCases(withoutJob(mainLine(), JOB_IDS.bookService), suite(), context);

    expect(run.results.map((result) => [result.testCaseId, result.passed])).toEqual([
      ['t-booking', false],
      ['t-night', true],
      ['t-new-greeting', true],
    ]);
    expect(run).toMatchObject({ total: 3, passed: 2, failed: 1 });
  });

  test('compareRuns finds the test the draft broke and the one it fixed', () => {
    const published = mainFlow().published?.graph;
    if (!published) throw new Error('The main line is published in the demo.');
    const draft = runTestCases(withoutJob(mainLine(), JOB_IDS.bookService), suite(), context);
    const before = runTestCases(published, suite(), context);
    const comparison = compareRuns(draft.results, before.results);

    expect(comparison.newlyFailing.map((change) => change.testCaseId)).toEqual(['t-booking']);
    // The draft's new greeting is what this test checks: it fails on the published flow.
    expect(comparison.newlyPassing.map((change) => change.testCaseId)).toEqual(['t-new-greeting']);
    expect(comparison.newlyFailing[0]?.published.passed).toBe(true);
    expect(compareRuns(draft.results, draft.results)).toEqual({ newlyFailing: [], newlyPassing: [] });
    expect(compareRuns(draft.results, [])).toEqual({ newlyFailing: [], newlyPassing: [] });
  });
});
