import type { TestCaseResult } from './runTestCase';

/** A test case whose result differs between the draft and the published flow. */
export interface TestRunChange {
  testCaseId: string;
  draft: TestCaseResult;
  published: TestCaseResult;
}

/** Which test cases changed result from the published flow to the draft. */
export interface TestRunComparison {
  /** Passing on the published flow, failing on the draft: what the edit broke. */
  newlyFailing: TestRunChange[];
  /** Failing on the published flow, passing on the draft: what the edit fixed. */
  newlyPassing: TestRunChange[];
}

/**
 * Compares the same test cases run on the draft and on the published flow, matched by id and kept in the draft's
 * order. A test found in only one run has nothing to compare with and is left out; one failing on both sides is
 * not a change, even if it now fails at another expectation.
 */
export function compareRuns(
  draftResults: readonly TestCaseResult[],
  publishedResults: readonly TestCaseResult[],
): TestRunComparison {
  const published = new Map(publishedResults.map((result) => [result.testCaseId, result]));
  const comparison: TestRunComparison = { newlyFailing: [], newlyPassing: [] };
  for (const draft of draftResults) {
    const before = published.get(draft.testCaseId);
    if (!before || before.passed === draft.passed) continue;
    const change = { testCaseId: draft.testCaseId, draft, published: before };
    (draft.passed ? comparison.newlyPassing : comparison.newlyFailing).push(change);
  }
  return comparison;
}
