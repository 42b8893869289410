import { foldedWords } from '../../../routing/analyseText';
import type { RoutingLocale } from '../../../routing/locale';
import { guessLocale } from '../../../routing/stopWords';
import { clip } from '../language/clip';
import { quoted } from '../language/voice';
import { viewMemory } from '../runtime/callBookkeeping';
import { inferOutcome } from '../runtime/outcome';
import type { SimulatedCallSummary, SimulatedSonaStep, SimulationState } from '../types';
import { UNKNOWN_CALLER } from './unknownCaller';

/** Options of `summarizeCall`. */
export interface SummarizeCallOptions {
  /** The language of the intent sentence; by default the caller's. */
  locale?: RoutingLocale;
}

// The schema's limits (CallSummaryInputSchema), in UTF-16 code units.
const MAX_CALLER = 200;
const MAX_INTENT = 1000;
const MAX_VALUE = 2000;
const MAX_TURN = 20000;
const QUOTE_LENGTH = 240;

function callerName(state: SimulationState, types: Record<string, string>): string | undefined {
  const labels = Object.keys(state.collected);
  const label =
    labels.find((candidate) => types[candidate] === 'name') ??
    labels.find((candidate) => /^(?:(?:full |caller(?:’s|'s)? )?name|nom(?: complet)?)$/i.test(candidate));
  const value = label ? state.collected[label]?.trim() : undefined;
  return value || introducedName(state);
}

/** "My name is Louise Gagnon, …" / "Je m’appelle Chloé Lavoie": a caller who gives a name unasked (no `i` flag: the name must be capitalised). */
const INTRODUCTION =
  /(?:[Mm]y name is|[Mm]y name[’']s|[Jj]e m[’']appelle|[Mm]on nom est|[Mm]on nom c[’']est)\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})/u;

function introducedName(state: SimulationState): string | undefined {
  for (const turn of state.transcript) {
    if (turn.speaker !== 'caller') continue;
    const name = INTRODUCTION.exec(turn.text)?.[1];
    if (name) return name;
  }
  return undefined;
}

/** A name or what the caller said, isolated (FSI…PDI) so a right-to-left override in it stays inside it. */
function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

function intentOf(step: SimulatedSonaStep, state: SimulationState, locale: RoutingLocale): string {
  const memory = viewMemory(state);
  const callerTurns = state.transcript.filter((turn) => turn.speaker === 'caller');
  const jobStart = state.transcript[memory.jobStart];
  const opening = state.jobId && jobStart?.speaker === 'caller' ? jobStart.text : callerTurns[0]?.text;
  const said = quoted(isolate(clip(opening ?? '', QUOTE_LENGTH)), locale);
  const job = step.jobs.find((candidate) => candidate.id === state.jobId);
  const message = state.collected.message;
  if (locale === 'fr') {
    if (!opening) return 'A raccroché sans rien dire.';
    if (job) return `Appel pour «\u00a0${isolate(job.name)}\u00a0»\u00a0: ${said}.`;
    if (memory.messageTaken && message)
      return `A laissé un message\u00a0: ${quoted(isolate(clip(message, QUOTE_LENGTH)), 'fr')}.`;
    if (memory.knowledgeUsed)
      return `A posé une question à laquelle les connaissances répondent\u00a0: ${said}.`;
    return `A demandé quelque chose qu’aucune tâche ne couvre\u00a0: ${said}.`;
  }
  if (!opening) return 'Hung up without saying anything.';
  if (job) return `Called about “${isolate(job.name)}”: ${said}.`;
  if (memory.messageTaken && message)
    return `Left a message: ${quoted(isolate(clip(message, QUOTE_LENGTH)), 'en')}.`;
  if (memory.knowledgeUsed) return `Asked a question answered from Knowledge: ${said}.`;
  return `Asked for something no job covers: ${said}.`;
}

/**
 * The summary of a simulated call: who called, what they wanted, the job used, what was collected, the actions
 * fired, the outcome and the transcript. A call not ended by the engine (the person pressed End call) counts as
 * ended now: an unfinished job is then "abandoned". Fits `CallSummaryInputSchema` once `callFlowId` and `source`
 * are added.
 */
export function summarizeCall(
  step: SimulatedSonaStep,
  state: SimulationState,
  options: SummarizeCallOptions = {},
): SimulatedCallSummary {
  const memory = viewMemory(state);
  const firstCaller = state.transcript.find((turn) => turn.speaker === 'caller')?.text ?? '';
  const locale = options.locale ?? memory.locale ?? guessLocale(foldedWords(firstCaller));
  const outcome = state.ended && state.outcome ? state.outcome : inferOutcome(step, state, memory);
  return {
    stepId: step.stepId,
    simulated: true,
    caller: clip(callerName(state, memory.fieldTypes) ?? UNKNOWN_CALLER, MAX_CALLER),
    intent: clip(intentOf(step, state, locale), MAX_INTENT),
    jobId: state.jobId,
    collected: Object.fromEntries(
      Object.entries(state.collected).map(([label, value]) => [label, clip(value, MAX_VALUE)]),
    ),
    actions: state.actions.map((action) => ({
      type: action.type,
      detail: clip(
        action.type === 'sms' ? action.message : `${action.target}: ${action.destination}`,
        MAX_VALUE,
      ),
    })),
    outcome,
    turns: state.transcript.length,
    transcript: state.transcript.map((turn) => ({ speaker: turn.speaker, text: clip(turn.text, MAX_TURN) })),
  };
}
