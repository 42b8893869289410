import { analyseText } from '../../../routing/analyseText';
import type { RoutingLocale } from '../../../routing/locale';
import { PHRASES, type Phrases } from '../language/phrases';
import { REASONS, type Reasons } from '../language/reasons';
import { parseScript, type Script } from '../script/parseScript';
import type { SimulatedJob, SimulatedSonaStep, SimulationState, TurnTrace } from '../types';
import type { LocalMemory } from './callBookkeeping';
import { inferOutcome } from './outcome';

/** Everything one turn reads and writes; `state` and `memory` are the turn's own copies. */
export interface TurnContext {
  step: SimulatedSonaStep;
  state: SimulationState;
  memory: LocalMemory;
  /** The language asked for by the request, if any: it wins over every guess. */
  requestLocale: RoutingLocale | undefined;
  /** The language of the trace's explanations (the designer's), when it differs from the call's. */
  explainIn: RoutingLocale | undefined;
  speech: string[];
  trace: TurnTrace;
  explanations: string[];
  matchedWords: string[];
}

export function emptyTrace(): TurnTrace {
  return {
    job: null,
    runnerUp: null,
    routed: false,
    instruction: null,
    instructions: [],
    knowledge: null,
    actions: [],
    collected: {},
    reason: { matchedWords: [], explanation: '' },
  };
}

export function currentJob(context: TurnContext): SimulatedJob | undefined {
  return context.step.jobs.find((job) => job.id === context.state.jobId);
}

export function currentScript(context: TurnContext): Script | undefined {
  const job = currentJob(context);
  return job ? parseScript(job.instructions) : undefined;
}

/** Sona speaks the language of the instructions while a job runs (her words come from them), else the caller's. */
export function replyLocale(context: TurnContext): RoutingLocale {
  if (context.requestLocale) return context.requestLocale;
  const script = context.memory.stage === 'job' ? currentScript(context) : undefined;
  return script?.locale ?? context.memory.locale ?? 'en';
}

export function phrases(context: TurnContext): Phrases {
  return PHRASES[replyLocale(context)];
}

export function reasons(context: TurnContext): Reasons {
  return REASONS[context.explainIn ?? replyLocale(context)];
}

export function say(context: TurnContext, text: string): void {
  if (text) context.speech.push(text);
}

export function explain(context: TurnContext, text: string, matched: readonly string[] = []): void {
  context.explanations.push(text);
  for (const word of matched) if (!context.matchedWords.includes(word)) context.matchedWords.push(word);
}

/** What the caller said since the current job started, oldest first. */
export function jobCallerMessages(context: TurnContext): string[] {
  return context.state.transcript
    .slice(context.memory.jobStart)
    .filter((turn) => turn.speaker === 'caller')
    .map((turn) => turn.text);
}

export function endCall(context: TurnContext): void {
  say(context, phrases(context).goodbye);
  context.memory.awaiting = null;
  context.state.ended = true;
  context.state.outcome = inferOutcome(context.step, context.state, context.memory);
}

// The texts are mostly a script's own clauses and field labels, met again on every turn and call of a batch.
const termsByText = new Map<string, readonly string[]>();
const MAX_TERMS = 500;

/** The terms of a text as the router counts them, in the reply's language. */
export function termsOf(text: string, context: TurnContext): string[] {
  const locale = replyLocale(context);
  const key = `${locale}\0${text}`;
  let terms = termsByText.get(key);
  if (!terms) {
    terms = analyseText(text, locale).words.map((word) => word.term);
    if (termsByText.size >= MAX_TERMS) termsByText.delete(termsByText.keys().next().value ?? '');
    termsByText.set(key, terms);
  }
  // A copy: the list may be kept in the state the host receives.
  return [...terms];
}
