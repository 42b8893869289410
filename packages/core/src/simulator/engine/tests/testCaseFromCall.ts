import type { Expectation, TestCaseInput } from '../../../model/testCase';
import type { FlowCall, FlowCallResult } from '../flow/types';
import { callerTurns } from './callerTurns';

/** What `testCaseFromCall` needs besides the call: the test's name and the call flow it belongs to. */
export interface TestCaseFromCallOptions {
  name: string;
  callFlowId: string;
}

// The limits of `TestCaseInputSchema`: a longer list or text would be refused when the test is saved.
const MAX_EXPECTATIONS = 20;
const MAX_CONTAINS = 500;

/** What happened at each caller turn, in order: the job chosen, the page quoted (first time only), the actions. */
function turnExpectations(result: FlowCallResult): Expectation[] {
  const expectations: Expectation[] = [];
  const quotedPages = new Set<string>();
  for (const { turn, result: turnResult } of callerTurns(result)) {
    const { trace } = turnResult;
    // Only the turn that chose the job: the turns that carry it on add nothing a person would check.
    if (trace.routed && trace.job) expectations.push({ kind: 'job-fires', jobId: trace.job.jobId, turn });
    if (trace.knowledge && !quotedPages.has(trace.knowledge.pageId)) {
      quotedPages.add(trace.knowledge.pageId);
      expectations.push({ kind: 'knowledge-quoted', pageId: trace.knowledge.pageId, turn });
    }
    for (const action of trace.actions) {
      const text = action.type === 'sms' ? action.message : action.destination;
      expectations.push({
        kind: 'action-fires',
        action: action.type,
        contains: text.slice(0, MAX_CONTAINS),
        turn,
      });
    }
  }
  return expectations;
}

/**
 * A test case made from a simulated call (“Save as test”): the same call, and expectations pre-filled from what
 * happened — the last step reached, each job chosen with its turn, each page quoted, each action fired, and the
 * call summary's outcome once the conversation ended — for the person to edit before saving. Past the schema's 20 expectations the later turns
 * are dropped, keeping the step and the outcome.
 *
 * @example
 * const result = simulateFlowCallSync(draft, call, { jobs, knowledge });
 * await adapter.createTestCase(testCaseFromCall(call, result, { name: 'Booking a visit', callFlowId: 'flow-main' }));
 */
export function testCaseFromCall(
  call: FlowCall,
  result: FlowCallResult,
  options: TestCaseFromCallOptions,
): TestCaseInput {
  const lastStep = result.ending.stepId ?? result.path[result.path.length - 1]?.stepId;
  const first: Expectation[] = lastStep ? [{ kind: 'reaches-step', stepId: lastStep }] : [];
  // A conversation cut short by the end of the messages has no outcome worth keeping: "abandoned" would only say the
  // test ran out of words.
  const ended = result.outcome !== 'in-conversation';
  const last: Expectation[] =
    result.summary && ended ? [{ kind: 'outcome', outcome: result.summary.outcome }] : [];
  const middle = turnExpectations(result).slice(0, MAX_EXPECTATIONS - first.length - last.length);
  return {
    callFlowId: options.callFlowId,
    name: options.name,
    call: {
      at: call.at,
      callerNumber: call.callerNumber,
      keys: [...(call.keys ?? [])],
      answered: typeof call.answered === 'object' ? { ...call.answered } : (call.answered ?? false),
      messages: [...(call.messages ?? [])],
    },
    expectations: [...first, ...middle, ...last],
  };
}
