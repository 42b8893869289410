import type { Expectation } from '../../../model/testCase';
import { type CheckContext, type CheckOutcome, endedAt } from './checkContext';

/** A reaches-step expectation: the step still exists and the path went through it. */
export function checkReachesStep(
  expectation: Extract<Expectation, { kind: 'reaches-step' }>,
  check: CheckContext,
): CheckOutcome {
  const step = check.graph.steps.find((candidate) => candidate.id === expectation.stepId);
  if (!step) return { code: 'step-missing', params: { stepId: expectation.stepId } };
  if (check.result.path.some((taken) => taken.stepId === step.id)) return null;
  return { code: 'step-not-reached', params: { title: step.title, endedAt: endedAt(check) } };
}

/**
 * An outcome expectation, read from the call summary of the call's first Sona conversation (`result.summary`), the
 * one the call-summary list records; a call that reached no Sona step has no summary and fails.
 */
export function checkOutcome(
  expectation: Extract<Expectation, { kind: 'outcome' }>,
  check: CheckContext,
): CheckOutcome {
  const summary = check.result.summary;
  if (!summary) {
    return {
      code: 'outcome-without-sona',
      params: { expected: expectation.outcome, endedAt: endedAt(check) },
    };
  }
  if (summary.outcome === expectation.outcome) return null;
  return { code: 'outcome-differs', params: { expected: expectation.outcome, actual: summary.outcome } };
}
