import type { TestCaseResult } from '@sona-designer/core/simulator';

/** A test's result on the draft compared with the published revision: what the edit broke or fixed, or null. */
export function changeOf(
  draft: TestCaseResult | undefined,
  published: TestCaseResult | undefined,
): 'broken' | 'fixed' | null {
  if (!draft || !published || draft.passed === published.passed) return null;
  return draft.passed ? 'fixed' : 'broken';
}
