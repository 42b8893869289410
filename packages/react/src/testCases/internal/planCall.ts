import type { BusinessHoursStep, FlowGraph, Step } from '@sona-designer/core';
import { type FlowCall, type FlowCallContext, simulateFlowCallSync } from '@sona-designer/core/simulator';
import { browserZone, QUICK_PICKS, quickPickTime, toCallTime } from './callTime';

/** A call from the incoming call that reaches a given step, and whether one was found. */
export interface PlannedCall {
  call: Required<Pick<FlowCall, 'at' | 'callerNumber' | 'keys' | 'answered' | 'messages'>> & {
    keys: string[];
    answered: Record<string, boolean>;
    messages: string[];
  };
  reached: boolean;
}

interface Hop {
  step: Step;
  output: string | null;
}

/** The shortest way from the incoming call to the step, as the steps and the outputs left by. */
function routeTo(graph: FlowGraph, stepId: string): Hop[] | null {
  const start = graph.steps.find((step) => step.kind === 'incoming-call');
  if (!start) return null;
  const byId = new Map(graph.steps.map((step) => [step.id, step]));
  const previous = new Map<string, { from: string; output: string }>();
  const queue = [start.id];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (id === stepId) break;
    for (const edge of graph.edges) {
      if (edge.source !== id || seen.has(edge.target) || !byId.has(edge.target)) continue;
      seen.add(edge.target);
      previous.set(edge.target, { from: id, output: edge.output });
      queue.push(edge.target);
    }
  }
  if (!seen.has(stepId)) return null;
  const hops: Hop[] = [{ step: byId.get(stepId) as Step, output: null }];
  let at = stepId;
  while (previous.has(at)) {
    const { from, output } = previous.get(at) as { from: string; output: string };
    hops.unshift({ step: byId.get(from) as Step, output });
    at = from;
  }
  return hops;
}

/** The key that takes a menu's output: its option's digit, or a key no option has (for `no-input`). */
function keyFor(step: Step, output: string): string {
  if (step.kind !== 'phone-menu') return '';
  const option = step.options.find((candidate) => `option-${candidate.digit}` === output);
  if (option) return option.digit;
  const taken = new Set<string>(step.options.map((candidate) => candidate.digit));
  return ['*', '#', ...'0123456789'].find((key) => !taken.has(key)) ?? '*';
}

/**
 * A call from the incoming call that reaches `stepId` on `graph` with the caller's `messages` (to save a call that
 * started at a Sona step, or a recorded one, as a test): the keys of the menus on the way, nobody answering the rings
 * passed, and the first moment that the business hours let through — `preferredAt` (an ISO date-time) when it does,
 * else a weekday morning, a Saturday evening, Christmas or New Year's Day. `reached` is false when no moment (or no
 * connection) gets there; the call is then placed at `preferredAt`.
 */
export function planCallToStep(
  graph: FlowGraph,
  stepId: string,
  context: FlowCallContext,
  preferred: { at?: string; callerNumber?: string; messages: readonly string[] },
  now: number = Date.now(),
): PlannedCall {
  const route = routeTo(graph, stepId) ?? [];
  const keys: string[] = [];
  const answered: Record<string, boolean> = {};
  for (const { step, output } of route) {
    if (output === null) continue;
    if (step.kind === 'phone-menu') keys.push(keyFor(step, output));
    if (step.kind === 'ring-users') answered[step.id] = false;
  }
  const hours = graph.steps.find((step): step is BusinessHoursStep => step.kind === 'business-hours');
  const zone = hours?.schedule.timeZone ?? browserZone();
  const moments = [
    ...(preferred.at ? [preferred.at] : []),
    ...QUICK_PICKS.map((pick) => toCallTime(quickPickTime(pick, zone, now), zone)).filter(
      (at): at is string => at !== null,
    ),
  ];
  const base = {
    callerNumber: preferred.callerNumber ?? '',
    keys,
    answered,
    messages: [...preferred.messages],
  };
  for (const at of moments) {
    const result = simulateFlowCallSync(graph, { ...base, at, messages: [] }, context);
    if (result.path.some((step) => step.stepId === stepId)) return { call: { ...base, at }, reached: true };
  }
  return { call: { ...base, at: moments[0] ?? new Date(now).toISOString() }, reached: false };
}
