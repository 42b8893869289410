import type { FlowGraph } from '../../../model/graph';
import type { Expectation, TestCase } from '../../../model/testCase';
import { simulateFlowCallSync } from '../flow/simulateFlowCall';
import type { FlowCallContext, FlowCallResult } from '../flow/types';
import { callerTurns } from './callerTurns';
import { checkOutcome, checkReachesStep } from './checkCall';
import type { CheckContext, CheckOutcome } from './checkContext';
import { checkActionFires, checkJobFires, checkKnowledgeQuoted, checkReplyContains } from './checkTurns';
import { describeTestFailure, type TestFailureReason } from './failures';

/** What `runTestCase` needs of a test case: its id, its call and its expectations (a saved `TestCase` fits). */
export type RunnableTestCase = Pick<TestCase, 'id' | 'call' | 'expectations'>;

/** One expectation of a test case that the simulated call did not meet. */
export interface TestFailure {
  expectation: Expectation;
  /** The expectation's 0-based index in the test case. */
  index: number;
  /** The 1-based caller turn where it failed, when the expectation is about a turn. */
  turn?: number;
  /** Why, in one English sentence, e.g. “Turn 2: expected job “Book a visit” to fire, “Take a message” fired”. */
  message: string;
  /** Why, as data, to translate. */
  detail: TestFailureReason;
}

/** What running one test case gave: whether it passed, the simulated call, and every failed expectation in order. */
export interface TestCaseResult {
  testCaseId: string;
  passed: boolean;
  result: FlowCallResult;
  /** Every failed expectation, in the test case's order: the first is the one to show. */
  failures: TestFailure[];
}

/** The results of a batch of test cases, in order, with the counts a publish bar shows. */
export interface TestRunSummary {
  results: TestCaseResult[];
  total: number;
  passed: number;
  failed: number;
}

function check(expectation: Expectation, context: CheckContext): CheckOutcome {
  switch (expectation.kind) {
    case 'reaches-step':
      return checkReachesStep(expectation, context);
    case 'job-fires':
      return checkJobFires(expectation, context);
    case 'action-fires':
      return checkActionFires(expectation, context);
    case 'knowledge-quoted':
      return checkKnowledgeQuoted(expectation, context);
    case 'outcome':
      return checkOutcome(expectation, context);
    case 'reply-contains':
      return checkReplyContains(expectation, context);
  }
}

function turnOf(reason: TestFailureReason): number | undefined {
  return 'turn' in reason.params ? reason.params.turn : undefined;
}

/**
 * Places a test case's call on a graph with the local engine and checks every expectation against it. Pure and
 * synchronous, so hundreds run between two keystrokes; ids the graph or workspace no longer has fail with their own
 * reason instead of throwing.
 *
 * @example
 * const { passed, failures } = runTestCase(draft, testCase, { jobs, knowledge });
 * if (!passed) console.log(failures[0]?.message); // 'Turn 2: expected job “Book a visit” to fire, “Take a message” fired'
 */
export function runTestCase(
  graph: FlowGraph,
  testCase: RunnableTestCase,
  context: FlowCallContext,
): TestCaseResult {
  const result = simulateFlowCallSync(graph, testCase.call, context);
  const checkContext: CheckContext = { graph, result, turns: callerTurns(result), context };
  const failures: TestFailure[] = [];
  testCase.expectations.forEach((expectation, index) => {
    const reason = check(expectation, checkContext);
    if (!reason) return;
    const turn = turnOf(reason);
    failures.push({
      expectation,
      index,
      ...(turn === undefined ? {} : { turn }),
      message: describeTestFailure(reason),
      detail: reason,
    });
  });
  return { testCaseId: testCase.id, passed: failures.length === 0, result, failures };
}

/** Runs every test case on the graph, in order, and counts how many passed and failed. */
export function runTestCases(
  graph: FlowGraph,
  testCases: readonly RunnableTestCase[],
  context: FlowCallContext,
): TestRunSummary {
  const results = testCases.map((testCase) => runTestCase(graph, testCase, context));
  const passed = results.filter((candidate) => candidate.passed).length;
  return { results, total: results.length, passed, failed: results.length - passed };
}
