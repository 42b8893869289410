import type { RoutingLocale } from '../../../routing/locale';
import { guessLocale } from '../../../routing/stopWords';
import { isGoodbye } from '../language/callerReplies';
import { callerWords } from '../language/foldedPhrase';
import type {
  SimulatedSonaStep,
  SimulationState,
  SimulatorStartRequest,
  SimulatorTurnRequest,
  SimulatorTurnResult,
} from '../types';
import { answerTurn } from './answerTurn';
import { type LocalMemory, newMemory, readMemory } from './callBookkeeping';
import { copyStateWithoutMemory } from './copyData';
import { openTurn } from './openTurn';
import {
  currentJob,
  emptyTrace,
  endCall,
  explain,
  phrases,
  reasons,
  say,
  type TurnContext,
} from './turnContext';

function finish(context: TurnContext): SimulatorTurnResult {
  const thanks = phrases(context).thanks;
  // "Thank you." right before "Thank you for calling." says it twice.
  const speech = context.speech.filter(
    (text, i) => !(text === thanks && /^(?:thank|merci)/i.test(context.speech[i + 1] ?? '')),
  );
  const reply = speech.join(' ');
  const { state, memory, trace } = context;
  state.transcript.push({ speaker: 'sona', text: reply });
  state.memory = { ...memory };
  const job = context.step.jobs.find((candidate) => candidate.id === state.jobId);
  trace.job =
    job && memory.stage === 'job'
      ? { jobId: job.id, name: job.name, confidence: memory.jobConfidence }
      : trace.job;
  if (context.explanations.length === 0 && trace.instruction) {
    context.explanations.push(reasons(context).performing(trace.instruction.index, trace.instruction.count));
  }
  trace.reason = { matchedWords: context.matchedWords, explanation: context.explanations.join(' ') };
  return { reply, trace, state };
}

/** Sona speaks first: the step's greeting, or a default one in the requested language. */
export function startCall(request: SimulatorStartRequest): SimulatorTurnResult {
  const memory = newMemory(request.locale ?? null);
  const state: SimulationState = {
    transcript: [],
    jobId: null,
    instructionIndex: 0,
    collected: {},
    actions: [],
    ended: false,
    outcome: null,
    memory: {},
  };
  const context = newContext(request.step, state, memory, request.locale, request.explainIn);
  const custom = request.step.greeting.trim();
  say(context, custom || phrases(context).defaultGreeting);
  explain(context, reasons(context).greeting(custom !== ''));
  return finish(context);
}

function newContext(
  step: SimulatedSonaStep,
  state: SimulationState,
  memory: LocalMemory,
  requestLocale: RoutingLocale | undefined,
  explainIn: RoutingLocale | undefined,
): TurnContext {
  return {
    step,
    state,
    memory,
    requestLocale,
    explainIn,
    speech: [],
    trace: emptyTrace(),
    explanations: [],
    matchedWords: [],
  };
}

/** One caller message in, Sona's reply out. Pure: the same request always gives the same result. */
export function takeTurn(request: SimulatorTurnRequest): SimulatorTurnResult {
  if (request.state.ended) {
    throw new Error('This call has ended: start a new call to keep testing.');
  }
  const message = request.message.trim();
  if (message === '')
    throw new Error('The caller’s message is empty: type what the caller says, then send it.');
  // The state's memory is left out of its copy: `readMemory` copies it, and `finish` puts that copy back.
  const state = copyStateWithoutMemory(request.state);
  const memory = readMemory(request.state);
  memory.locale ??= request.locale ?? guessLocale(callerWords(message));
  const context = newContext(request.step, state, memory, request.locale, request.explainIn);
  state.transcript.push({ speaker: 'caller', text: message });

  // "Bye" ends the call; a long answer that happens to contain "that's all" does not.
  if (isGoodbye(message) && (memory.awaiting?.kind !== 'answer' || callerWords(message).length <= 6)) {
    explain(context, reasons(context).goodbye);
    endCall(context);
  } else if (memory.stage === 'job' && !memory.jobFinished && currentJob(context)) {
    answerTurn(context, message);
  } else {
    openTurn(context, message);
  }
  if (context.speech.length === 0) say(context, phrases(context).didNotCatch);
  return finish(context);
}
