import type { PathProblem } from '../errors';
import { MAX_TEST_CASES_PER_FLOW } from '../model/testCase';
import { quote } from './describe';
import { isRecord, type RawDocument } from './migrate';
import { CALL_FLOW_FORMAT } from './types';

/** The ids of the document's call flows, or null when one has no readable id (its tests cannot be judged then). */
function flowIdsOf(doc: RawDocument): Set<string> | null {
  const flows = doc.format === CALL_FLOW_FORMAT ? [doc.callFlow] : doc.callFlows;
  if (!Array.isArray(flows)) return null;
  const ids = new Set<string>();
  for (const flow of flows) {
    if (!isRecord(flow) || typeof flow.id !== 'string') return null;
    ids.add(flow.id);
  }
  return ids;
}

/**
 * Every test case belongs to a call flow of the file (an import never leaves a test without its flow), and no flow
 * holds more than `MAX_TEST_CASES_PER_FLOW`, as the adapter stores them. Expectations are not checked: they may
 * rightly name steps, jobs or pages that are gone (the test then fails, which is what it is for).
 */
export function testCaseProblems(doc: RawDocument): PathProblem[] {
  const flowIds = flowIdsOf(doc);
  if (!flowIds || !Array.isArray(doc.testCases)) return [];
  const problems: PathProblem[] = [];
  const perFlow = new Map<string, number>();
  doc.testCases.forEach((test, index) => {
    if (!isRecord(test) || typeof test.callFlowId !== 'string') return;
    const path = `$.testCases[${index}].callFlowId`;
    if (!flowIds.has(test.callFlowId)) {
      problems.push({
        path,
        message: `This test case belongs to the call flow ${quote(test.callFlowId)}, which is not in this file: add the call flow, or remove the test case.`,
      });
      return;
    }
    const count = (perFlow.get(test.callFlowId) ?? 0) + 1;
    perFlow.set(test.callFlowId, count);
    if (count === MAX_TEST_CASES_PER_FLOW + 1) {
      problems.push({
        path,
        message: `The call flow ${quote(test.callFlowId)} has more than ${MAX_TEST_CASES_PER_FLOW} test cases in this file, the most one flow can hold: remove some.`,
      });
    }
  });
  return problems;
}
