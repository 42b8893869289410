// Saved tests of the demo's main line for the Tests view's stories and browser tests: some pass on the draft, one
// was broken by the draft (it passes on the published revision), one expects a step that no longer exists.
import type { TestCase, TestCaseInput } from '@sona-designer/core';
import { JOB_IDS } from '@sona-designer/core/demo';
import { createFixtureAdapter, FIXTURE_FLOWS } from './fixtures';

const STAMP = '2026-02-01T09:00:00.000Z';

/** A weekday-morning call to the main line (Tuesday 3 March 2026, 10:00 in Montréal). */
export const WEEKDAY_MORNING = '2026-03-03T10:00:00-05:00';

function saved(id: string, input: Omit<TestCaseInput, 'callFlowId'>, minute: number): TestCase {
  const at = STAMP.replace('09:00', `09:${String(minute).padStart(2, '0')}`);
  return {
    id,
    callFlowId: FIXTURE_FLOWS.main,
    name: input.name,
    call: {
      at: input.call.at,
      callerNumber: input.call.callerNumber,
      keys: [...input.call.keys],
      answered: input.call.answered,
      messages: [...input.call.messages],
    },
    expectations: [...input.expectations],
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

/** A call asking the front desk for a visit: "Book a service visit" fires at turn 1. */
export function bookingTestCase(name = 'Booking a visit', id = 'test-booking'): TestCase {
  return saved(
    id,
    {
      name,
      call: {
        at: WEEKDAY_MORNING,
        callerNumber: '+15145550100',
        keys: [],
        answered: false,
        messages: ['My water heater is leaking, I need a plumber to come and look at it', 'Tomorrow morning'],
      },
      expectations: [
        { kind: 'reaches-step', stepId: 'front-desk' },
        { kind: 'job-fires', jobId: JOB_IDS.bookService, turn: 1 },
      ],
    },
    1,
  );
}

/** Every kind of result: passing, broken by the draft, and a test whose step is gone. */
export function mixedTestCases(): TestCase[] {
  return [
    bookingTestCase(),
    saved(
      'test-billing',
      {
        name: 'A question about an invoice',
        call: {
          at: WEEKDAY_MORNING,
          callerNumber: '',
          keys: [],
          answered: false,
          messages: ['I have a question about my last invoice, I think I was charged twice'],
        },
        expectations: [
          { kind: 'reaches-step', stepId: 'front-desk' },
          { kind: 'job-fires', jobId: JOB_IDS.billing, turn: 1 },
        ],
      },
      2,
    ),
    saved(
      'test-greeting',
      {
        name: 'The front desk offers help',
        call: { at: WEEKDAY_MORNING, callerNumber: '', keys: [], answered: false, messages: [] },
        // The published greeting says it; the draft's new greeting does not.
        expectations: [{ kind: 'reply-contains', text: 'How can I help you today' }],
      },
      3,
    ),
    saved(
      'test-saturday',
      {
        name: 'Saturday night goes after hours',
        call: { at: '2026-03-07T21:00:00-05:00', callerNumber: '', keys: [], answered: false, messages: [] },
        expectations: [{ kind: 'reaches-step', stepId: 'old-night-line' }],
      },
      4,
    ),
  ];
}

/** The fixture workspace with these saved tests on the main line. */
export function createTestsAdapter(testCases: TestCase[] = mixedTestCases()) {
  return createFixtureAdapter({ testCases });
}
