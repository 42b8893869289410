import type { TransferTarget } from '../../../actions';
import type { CallOutcome } from '../../../model/callSummary';
import type { FlowGraph, RingUsersStep, SonaStep, Step } from '../../../model/graph';
import { menuOptionOutputId, stepOutputs } from '../../../model/steps';
import { checkBusinessHours } from './businessHours';
import { flowIndex } from './flowIndex';
import { parseCallTime } from './localTime';
import { describeFlowReason, type FlowReason } from './reasons';
import type { FlowCall, FlowCallEnding, FlowCallOutcome, FlowPathStep } from './types';

/**
 * The most steps a call takes before the walk gives up. A menu that replays itself a few times is a real pattern,
 * so the cap is generous; a loop that makes no progress is caught much sooner (see `walkFlow`).
 */
export const MAX_FLOW_STEPS = 200;

/** How a Sona conversation ended, as the walk needs it to pick the step's output. */
export interface SonaVisitResult {
  /** Whether the conversation ended (a goodbye, a transfer) before the caller's messages ran out. */
  ended: boolean;
  /** The transfer Sona made, if any. */
  transfer: { target: TransferTarget; destination: string } | null;
  /** The outcome the engine recorded when the conversation ended. */
  outcome: CallOutcome | null;
  /** How many of the call's messages the conversation used. */
  messagesUsed: number;
}

/** A Sona step the walk reached: the caller's messages start at `messagesFrom`. */
export interface SonaVisit {
  step: SonaStep;
  messagesFrom: number;
}

/** Where the walk ended: the path, the outcome and why. */
export interface FlowWalkEnd {
  path: FlowPathStep[];
  outcome: FlowCallOutcome;
  ending: FlowCallEnding;
  keysUsed: number;
  messagesUsed: number;
}

/** What one step decided: go on by an output, or end the call with an outcome. */
type Decision =
  | { output: string; reason: FlowReason }
  | { output: null; reason: FlowReason; outcome: FlowCallOutcome };

function ringAnswered(answered: FlowCall['answered'], stepId: string): boolean {
  if (typeof answered === 'boolean') return answered;
  return answered !== undefined && Object.hasOwn(answered, stepId) && answered[stepId] === true;
}

function ringNames(step: RingUsersStep): string[] {
  // A single-person step rings only its first target, whatever else the list still holds.
  const targets = step.strategy === 'single' ? step.targets.slice(0, 1) : step.targets;
  return targets.map((target) => target.name);
}

function pathStep(step: Step, output: string | null, reason: FlowReason): FlowPathStep {
  return {
    stepId: step.id,
    kind: step.kind,
    title: step.title,
    output,
    reason: describeFlowReason(reason),
    detail: reason,
  };
}

function ending(stepId: string | null, reason: FlowReason): FlowCallEnding {
  return { stepId, reason: describeFlowReason(reason), detail: reason };
}

function outputLabel(step: Step, output: string): string {
  return stepOutputs(step).find((candidate) => candidate.id === output)?.label ?? output;
}

/**
 * Walks a call through a graph from its incoming-call step, one step at a time, and returns where it ended.
 * It yields at each Sona step for the caller (sync or async) to play the conversation, and resumes with how it
 * ended. Pure: `call.at` is the only clock. Keys and messages are only ever used up, so reaching a step again
 * with as many of each used as last time can only repeat forever: the walk stops there as a loop.
 */
export function* walkFlow(
  graph: FlowGraph,
  call: FlowCall,
): Generator<SonaVisit, FlowWalkEnd, SonaVisitResult> {
  const index = flowIndex(graph);
  const path: FlowPathStep[] = [];
  const keys = call.keys ?? [];
  let keysUsed = 0;
  let messagesUsed = 0;
  const end = (stepId: string | null, outcome: FlowCallOutcome, reason: FlowReason): FlowWalkEnd => ({
    path,
    outcome,
    ending: ending(stepId, reason),
    keysUsed,
    messagesUsed,
  });

  let step = index.start;
  if (!step) return end(null, 'invalid', { code: 'no-start', params: {} });
  // Parsed on the first business-hours step: a flow without one does not need a valid time.
  let instant: number | null | undefined;
  const progressAt = new Map<string, number>();

  while (path.length < MAX_FLOW_STEPS) {
    // Both counts only grow, so an equal sum means both are equal.
    const progress = keysUsed + messagesUsed;
    if (progressAt.get(step.id) === progress) {
      return end(step.id, 'loop', { code: 'loop', params: { title: step.title } });
    }
    progressAt.set(step.id, progress);

    let decision: Decision;
    switch (step.kind) {
      case 'incoming-call':
        decision = {
          output: 'next',
          reason: { code: 'call-entered', params: { callerNumber: call.callerNumber } },
        };
        break;
      case 'business-hours': {
        if (instant === undefined) instant = parseCallTime(call.at);
        if (instant === null) {
          decision = {
            output: null,
            outcome: 'invalid',
            reason: { code: 'hours-invalid-time', params: { at: call.at } },
          };
          break;
        }
        const check = checkBusinessHours(step.schedule, instant);
        const moment = { ...check.local, timeZone: step.schedule.timeZone };
        if (check.status === 'open') {
          decision = {
            output: 'open',
            reason: { code: 'hours-open', params: { ...moment, ...check.range } },
          };
        } else if (check.status === 'holiday') {
          decision = {
            output: 'closed',
            reason: { code: 'hours-holiday', params: { ...moment, holiday: check.holiday } },
          };
        } else {
          decision = { output: 'closed', reason: { code: 'hours-closed', params: moment } };
        }
        break;
      }
      case 'phone-menu': {
        const key = keys[keysUsed];
        if (key === undefined) {
          decision = {
            output: 'no-input',
            reason: { code: 'menu-no-input', params: { timeoutSeconds: step.timeoutSeconds } },
          };
          break;
        }
        keysUsed++;
        const option = step.options.find((candidate) => candidate.digit === key);
        decision = option
          ? {
              output: menuOptionOutputId(option.digit),
              reason: { code: 'menu-pressed', params: { digit: option.digit, label: option.label } },
            }
          : { output: 'no-input', reason: { code: 'menu-unknown-key', params: { digit: key } } };
        break;
      }
      case 'ring-users': {
        const names = ringNames(step);
        if (names.length === 0) {
          decision = { output: 'no-answer', reason: { code: 'ring-nobody', params: {} } };
        } else if (ringAnswered(call.answered, step.id)) {
          decision = {
            output: null,
            outcome: 'answered',
            reason: { code: 'ring-answered', params: { names } },
          };
        } else {
          decision = {
            output: 'no-answer',
            reason: { code: 'ring-no-answer', params: { names, ringSeconds: step.ringSeconds } },
          };
        }
        break;
      }
      case 'sona': {
        const visit = yield { step, messagesFrom: messagesUsed };
        messagesUsed += visit.messagesUsed;
        if (!visit.ended) {
          decision = {
            output: null,
            outcome: 'in-conversation',
            reason: { code: 'sona-talking', params: { messages: visit.messagesUsed } },
          };
        } else if (visit.transfer && index.targets.get(step.id)?.has('transfer')) {
          decision = { output: 'transfer', reason: { code: 'sona-handoff', params: visit.transfer } };
        } else if (visit.transfer) {
          decision = {
            output: null,
            outcome: 'transferred',
            reason: { code: 'sona-transferred', params: visit.transfer },
          };
        } else {
          decision = { output: 'done', reason: { code: 'sona-done', params: { outcome: visit.outcome } } };
        }
        break;
      }
      case 'voicemail':
        decision = { output: null, outcome: 'voicemail', reason: { code: 'voicemail', params: {} } };
        break;
      case 'forward':
        decision = step.phoneNumber
          ? {
              output: null,
              outcome: 'forwarded',
              reason: { code: 'forwarded', params: { phoneNumber: step.phoneNumber } },
            }
          : { output: null, outcome: 'disconnected', reason: { code: 'forward-no-number', params: {} } };
        break;
      case 'play-audio':
        decision = {
          output: 'next',
          reason: step.audioUrl
            ? { code: 'played-recording', params: { audioUrl: step.audioUrl } }
            : { code: 'read-aloud', params: { message: step.message } },
        };
        break;
      case 'end':
        decision = { output: null, outcome: 'ended', reason: { code: 'call-ended', params: {} } };
        break;
    }

    path.push(pathStep(step, decision.output, decision.reason));
    if (decision.output === null) return end(step.id, decision.outcome, decision.reason);

    const targetId = index.targets.get(step.id)?.get(decision.output);
    if (targetId === undefined) {
      return end(step.id, 'disconnected', {
        code: 'nothing-connected',
        params: {
          title: step.title,
          output: decision.output,
          outputLabel: outputLabel(step, decision.output),
        },
      });
    }
    const target = index.steps.get(targetId);
    if (!target) {
      return end(step.id, 'disconnected', {
        code: 'missing-step',
        params: { title: step.title, output: decision.output, target: targetId },
      });
    }
    step = target;
  }
  return end(path[path.length - 1]?.stepId ?? step.id, 'loop', {
    code: 'too-many-steps',
    params: { steps: MAX_FLOW_STEPS },
  });
}
