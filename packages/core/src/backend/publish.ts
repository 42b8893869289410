import { DesignerError, type FailingTest } from '../errors';
import type { CallFlow, Revision } from '../model/callFlow';
import type { TestCase } from '../model/testCase';
import { hasErrors, type ValidateGraphContext, validateGraph } from '../rules/validateGraph';
import type { FlowCallContext } from '../simulator/engine/flow/types';
import type { runTestCases } from '../simulator/engine/tests/runTestCase';

/**
 * Throws `INVALID_GRAPH` (with the blocking issues) when the flow's draft cannot be published: `validateGraph`
 * reports errors with the workspace's jobs and knowledge pages as `context`.
 */
export function refuseUnpublishable(
  flow: Pick<CallFlow, 'name' | 'draft'>,
  context: Pick<ValidateGraphContext, 'jobs' | 'knowledge'>,
): void {
  const issues = validateGraph(flow.draft, context);
  if (!hasErrors(issues)) return;
  const errors = issues.filter((issue) => issue.severity === 'error');
  throw new DesignerError(
    'INVALID_GRAPH',
    `“${flow.name}” cannot be published yet: ${errors.length} problem${errors.length === 1 ? '' : 's'} to fix first. ${errors[0]?.message ?? ''}`.trim(),
    { issues: errors },
  );
}

/** True when the flow's draft asks for passing tests before publishing (its `requirePassingTests` setting). */
export function requiresPassingTests(flow: Pick<CallFlow, 'draft'>): boolean {
  return flow.draft.settings?.requirePassingTests === true;
}

/**
 * What `refuseFailingTests` runs the tests with: the jobs and knowledge pages the simulated calls use (at least
 * those the draft attaches and the tests name), and `runTestCases` from `@sona-designer/core/simulator`, passed in so
 * that a backend loads the simulator only when a flow asks for passing tests.
 */
export interface PublishTestContext extends Pick<FlowCallContext, 'jobs' | 'knowledge'> {
  runTestCases: typeof runTestCases;
}

/**
 * Throws `TESTS_FAILING` (with every failing test in `testFailures`) when the flow requires passing tests
 * (`requiresPassingTests`) and one of its test cases fails on the draft. A flow without the setting, or without
 * tests, may be published.
 */
export function refuseFailingTests(
  flow: Pick<CallFlow, 'name' | 'draft'>,
  testCases: readonly Pick<TestCase, 'id' | 'name' | 'call' | 'expectations'>[],
  context: PublishTestContext,
): void {
  if (!requiresPassingTests(flow) || testCases.length === 0) return;
  const { results, total, failed } = context.runTestCases(flow.draft, testCases, {
    jobs: context.jobs,
    knowledge: context.knowledge,
  });
  if (failed === 0) return;
  const names = new Map(testCases.map((test) => [test.id, test.name]));
  const testFailures: FailingTest[] = results
    .filter((result) => !result.passed)
    .map((result) => ({
      testCaseId: result.testCaseId,
      name: names.get(result.testCaseId) ?? result.testCaseId,
      message: result.failures[0]?.message ?? 'The test failed.',
    }));
  const [first] = testFailures;
  throw new DesignerError(
    'TESTS_FAILING',
    `“${flow.name}” cannot be published: ${failed} of ${total} test${total === 1 ? '' : 's'} ${failed === 1 ? 'fails' : 'fail'}. “${first?.name}”: ${first?.message}.`,
    { testFailures },
  );
}

/** The revision a publish creates: the next number after the published one, a copy of the draft, the time. */
export function nextRevision(flow: Pick<CallFlow, 'draft' | 'published'>, publishedAt: string): Revision {
  return {
    revision: (flow.published?.revision ?? 0) + 1,
    graph: structuredClone(flow.draft),
    publishedAt,
  };
}
