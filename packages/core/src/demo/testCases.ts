import type { Expectation, TestCall, TestCase } from '..';
import { JOB_IDS } from './jobs';
import { KNOWLEDGE_IDS } from './knowledge';

/** The ids of the demo's test cases, all of the main line, for stories and tests that open or run a known one. */
export const TEST_CASE_IDS = {
  booking: 'test-booking',
  billing: 'test-billing',
  prices: 'test-prices',
  christmas: 'test-christmas',
  saturdayEmergency: 'test-saturday-emergency',
  leaveMessage: 'test-leave-message',
} as const;

/** A Tuesday morning, a Saturday night and Christmas Day 2026, in Montréal's winter offset. */
const TUESDAY_MORNING = '2026-12-08T10:00:00-05:00';
const SATURDAY_NIGHT = '2026-12-12T21:00:00-05:00';
const CHRISTMAS_MORNING = '2026-12-25T10:00:00-05:00';

function call(
  at: string,
  callerNumber: string,
  fields: Partial<Omit<TestCall, 'at' | 'callerNumber'>>,
): TestCall {
  return { at, callerNumber, keys: [], answered: false, messages: [], ...fields };
}

/** Saved one minute apart, after the main line's last edit, so they list in this order. */
function testCase(
  index: number,
  id: string,
  name: string,
  testCall: TestCall,
  expectations: Expectation[],
): TestCase {
  const stamp = `2026-02-03T10:${String(20 + index).padStart(2, '0')}:00.000Z`;
  return {
    id,
    callFlowId: 'flow-main',
    name,
    call: testCall,
    expectations,
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/**
 * The main line's saved test cases, each passing on its draft: three calls during hours that the front desk handles
 * with a job only it has (booking, billing, a quote that quotes the Prices page), and three after hours through the
 * after-hours menu (Christmas with no key pressed, an emergency on Saturday night nobody on call answers, a message
 * left by pressing 2).
 */
export const testCases: TestCase[] = [
  testCase(
    0,
    TEST_CASE_IDS.booking,
    'Booking a visit on a weekday',
    call(TUESDAY_MORNING, '+15145550123', {
      messages: [
        'My water heater is leaking, I would like to book a plumber to come and look at it',
        'Since yesterday, the tank in the basement',
        '4520 rue Saint-Denis, Montréal',
        'Tomorrow morning',
        'Marie Lavoie, 514 555 0123, by phone',
        'Yes, that is right',
        'No, that is all, thank you',
      ],
    }),
    [
      { kind: 'reaches-step', stepId: 'front-desk' },
      { kind: 'job-fires', jobId: JOB_IDS.bookService, turn: 1 },
      { kind: 'action-fires', action: 'sms', contains: 'we received your visit request' },
      { kind: 'outcome', outcome: 'appointment-booked' },
    ],
  ),
  testCase(
    1,
    TEST_CASE_IDS.billing,
    'Billing question goes to billing',
    call('2026-12-09T14:30:00-05:00', '+14505550147', {
      messages: ['I have a question about my last invoice', 'Invoice 20417', 'No, that is all, thank you'],
    }),
    [
      { kind: 'reaches-step', stepId: 'front-desk' },
      { kind: 'job-fires', jobId: JOB_IDS.billing, turn: 1 },
      { kind: 'outcome', outcome: 'resolved' },
    ],
  ),
  testCase(
    2,
    TEST_CASE_IDS.prices,
    'Asking for prices quotes the price page',
    call('2026-12-10T11:15:00-05:00', '+15145550161', {
      messages: [
        'How much would it cost to replace my water heater?',
        'A replacement',
        'A house in Rosemont, about 40 years old',
        'OK',
        'Marie Lavoie, 514 555 0123, marie@example.com',
        'No, that is all, thank you',
      ],
    }),
    [
      { kind: 'reaches-step', stepId: 'front-desk' },
      { kind: 'job-fires', jobId: JOB_IDS.quoteRequest, turn: 1 },
      { kind: 'knowledge-quoted', pageId: KNOWLEDGE_IDS.prices },
      { kind: 'outcome', outcome: 'lead-qualified' },
    ],
  ),
  testCase(
    3,
    TEST_CASE_IDS.christmas,
    'Christmas call reaches after hours',
    call(CHRISTMAS_MORNING, '+15145550188', {
      messages: [
        'I would like to leave a message for Sophie',
        'For Sophie Tremblay',
        'Jean Gagnon, 514 555 0188',
        'Please call me back about the quote for my bathroom',
        'Yes',
        'No, that is all, thank you',
      ],
    }),
    [
      { kind: 'reaches-step', stepId: 'after-hours' },
      { kind: 'job-fires', jobId: JOB_IDS.takeMessage, turn: 1 },
      { kind: 'outcome', outcome: 'message-taken' },
    ],
  ),
  testCase(
    4,
    TEST_CASE_IDS.saturdayEmergency,
    'Saturday night emergency',
    call(SATURDAY_NIGHT, '+15145550172', {
      keys: ['1'],
      answered: false,
      messages: [
        'Water is pouring from the ceiling!',
        'OK, it is closed',
        '4520 rue Saint-Denis, Marie Lavoie, 514 555 0123',
        'Yes, I agree to the fee',
        'Yes, please',
      ],
    }),
    [
      { kind: 'reaches-step', stepId: 'on-call' },
      { kind: 'reaches-step', stepId: 'after-hours' },
      { kind: 'job-fires', jobId: JOB_IDS.emergency, turn: 1 },
      { kind: 'action-fires', action: 'transfer', contains: '+15145550166' },
      { kind: 'outcome', outcome: 'transferred' },
    ],
  ),
  testCase(
    5,
    TEST_CASE_IDS.leaveMessage,
    'Leave a message after hours',
    call(SATURDAY_NIGHT, '+15145550190', { keys: ['2'] }),
    [
      { kind: 'reaches-step', stepId: 'after-hours-menu' },
      { kind: 'reaches-step', stepId: 'voicemail' },
    ],
  ),
];
