import * as z from 'zod';
import { CALL_OUTCOMES } from './callSummary';
import { IdSchema, TimestampSchema, textField, VersionSchema } from './fields';

// Defined with the other limits, so the main entry exports it without these schemas.
export { MAX_TEST_CASES_PER_FLOW } from '../limits';

/**
 * The simulated call a test case places (see `simulateFlowCall` in `@sona-designer/core/simulator`): when, from
 * which number, the keys pressed at successive phone menus, whether rung people answer, and what the caller says.
 */
export const TestCallSchema = z.object({
  /** An ISO 8601 date-time with its offset, e.g. `2026-12-25T10:00:00-05:00`. */
  at: z.string().max(40),
  callerNumber: z.string().max(40),
  keys: z.array(z.string().regex(/^[0-9*#]$/)).max(20),
  /** One answer for every ring-users step, or one per step id. */
  answered: z.union([z.boolean(), z.record(IdSchema, z.boolean())]),
  messages: z.array(z.string().max(2000)).max(50),
});

/** The call a test case places; see `TestCallSchema`. */
export type TestCall = z.output<typeof TestCallSchema>;

/** Where in a conversation an expectation about Sona's replies looks: every turn (`undefined`) or one (1-based). */
const TurnSchema = z.number().int().min(1).max(50).optional();

/**
 * What a test case expects of its call. Each kind is checked against the simulated call: the path reaches a step,
 * a job fires, an action fires (an SMS whose text contains…, a transfer to…), a knowledge page is quoted, the call
 * ends with an outcome, or Sona's reply contains a text.
 */
export const ExpectationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reaches-step'), stepId: IdSchema }),
  z.object({ kind: z.literal('job-fires'), jobId: IdSchema, turn: TurnSchema }),
  z.object({
    kind: z.literal('action-fires'),
    action: z.enum(['sms', 'transfer']),
    /** The SMS text or the transfer target must contain this (ignoring case); empty: any. */
    contains: z.string().max(500),
    turn: TurnSchema,
  }),
  z.object({ kind: z.literal('knowledge-quoted'), pageId: IdSchema, turn: TurnSchema }),
  z.object({ kind: z.literal('outcome'), outcome: z.enum(CALL_OUTCOMES) }),
  z.object({ kind: z.literal('reply-contains'), text: z.string().min(1).max(500), turn: TurnSchema }),
]);

/** One expectation of a test case; branch on `kind`. */
export type Expectation = z.output<typeof ExpectationSchema>;

const testCaseFields = {
  name: textField({
    label: 'Name',
    max: 120,
    required: true,
    requiredHint: 'say what the test checks, e.g. “Christmas call goes to voicemail”',
    singleLine: true,
  }),
  call: TestCallSchema,
  expectations: z.array(ExpectationSchema).max(20),
};

/** Validates what `DesignerAdapter.createTestCase` takes: the call flow it belongs to, a name, the call, expectations. */
export const TestCaseInputSchema = z.object({ callFlowId: IdSchema, ...testCaseFields });

/** Validates what `DesignerAdapter.updateTestCase` takes: any of name, call and expectations. */
export const TestCasePatchSchema = z.object({
  name: testCaseFields.name.optional(),
  call: testCaseFields.call.optional(),
  expectations: testCaseFields.expectations.optional(),
});

/** Validates a stored test case: the input plus its id, version and timestamps. */
export const TestCaseSchema = z.object({
  id: IdSchema,
  callFlowId: IdSchema,
  ...testCaseFields,
  version: VersionSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

/** What a host or the designer passes to `DesignerAdapter.createTestCase`. */
export type TestCaseInput = z.input<typeof TestCaseInputSchema>;
/** What `DesignerAdapter.updateTestCase` takes: the fields to change. */
export type TestCasePatch = z.input<typeof TestCasePatchSchema>;
/** A saved test case of one call flow: a simulated call and what it must do, run against the draft on every edit. */
export type TestCase = z.output<typeof TestCaseSchema>;
