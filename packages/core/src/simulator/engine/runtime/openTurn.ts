import { DEFAULT_ROUTE_THRESHOLD, type RouteResult } from '../../../routing/routeIntent';
import { findPassage, type KnowledgeMatch } from '../knowledge/findPassage';
import { extractAnswer, type FieldSpec } from '../language/answerValues';
import { isDecline, looksLikeQuestion } from '../language/callerReplies';
import { clip } from '../language/clip';
import type { LocalMemory } from './callBookkeeping';
import { routeToJob, routeToJobOnTrigger } from './jobRouters';
import { advance, collect } from './perform';
import { endCall, explain, phrases, reasons, replyLocale, say, type TurnContext } from './turnContext';

function jobName(context: TurnContext, jobId: string): string {
  return context.step.jobs.find((job) => job.id === jobId)?.name ?? jobId;
}

function startJob(context: TurnContext, route: RouteResult, jobId: string): void {
  const { state, memory, trace } = context;
  const best = route.ranked[0];
  const second = route.ranked[1];
  state.jobId = jobId;
  state.instructionIndex = 0;
  state.outcome = null;
  Object.assign(memory, {
    stage: 'job',
    operation: 0,
    awaiting: null,
    jobStart: state.transcript.length - 1,
    jobConfidence: route.confidence,
    jobFinished: false,
    lastCondition: null,
    lastYesNo: null,
    jobFields: [],
    lastFields: [],
    booked: false,
  } satisfies Partial<LocalMemory>);
  trace.routed = true;
  trace.runnerUp =
    second && second.score > 0
      ? { jobId: second.jobId, name: jobName(context, second.jobId), score: round(second.score) }
      : null;
  const matched = best?.matched ?? [];
  explain(context, reasons(context).routed(jobName(context, jobId), route.confidence, matched), matched);
  if (trace.runnerUp) {
    explain(
      context,
      reasons(context).runnerUp(trace.runnerUp.name, trace.runnerUp.score, round(best?.score ?? 0)),
    );
  }
  advance(context);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function route(context: TurnContext, message: string): RouteResult | null {
  if (context.step.jobs.length === 0) return null;
  return routeToJob(context.step.jobs, message, context.requestLocale);
}

/**
 * Routing on names, descriptions and triggers only. A question ("What are your hours on Saturday?") that only
 * meets words of a job's instructions ("less than 24 hours before the visit") is a question for Knowledge.
 */
function routesOnTrigger(context: TurnContext, message: string): boolean {
  return routeToJobOnTrigger(context.step.jobs, message, context.requestLocale).jobId !== null;
}

function answerFromKnowledge(context: TurnContext, match: KnowledgeMatch): void {
  const { memory, state } = context;
  context.trace.knowledge = { pageId: match.pageId, title: match.title, passage: match.passage };
  memory.knowledgeUsed = true;
  memory.stage = 'anything-else';
  state.outcome = 'resolved';
  explain(context, reasons(context).knowledge(match.title, match.matchedWords), match.matchedWords);
  say(context, phrases(context).fromKnowledge(match.title, match.passage));
  say(context, phrases(context).anythingElse);
}

/** No job is running: route the caller's words, else answer from Knowledge, else offer to take a message. */
export function openTurn(context: TurnContext, message: string): void {
  const { memory, state, trace } = context;
  if (memory.stage === 'job') {
    // The job was detached or deleted mid-call: start over from the caller's words.
    memory.stage = 'open';
    state.jobId = null;
  }
  if (memory.stage === 'message-contact') {
    const french = replyLocale(context) === 'fr';
    const fields: FieldSpec[] = [
      { label: french ? 'nom' : 'name', type: 'name' },
      { label: french ? 'numéro de téléphone' : 'phone number', type: 'phone' },
    ];
    const values = extractAnswer(message, fields);
    collect(context, values, fields);
    memory.messageTaken = true;
    memory.stage = 'anything-else';
    state.outcome = 'message-taken';
    say(context, phrases(context).messageTaken(values[fields[0]?.label ?? '']));
    say(context, phrases(context).anythingElse);
    explain(context, reasons(context).messageTaken);
    return;
  }
  if (memory.stage === 'message') {
    if (isDecline(message)) {
      memory.stage = 'anything-else';
      say(context, `${phrases(context).declined} ${phrases(context).anythingElse}`);
      explain(context, reasons(context).declined);
      return;
    }
    collect(context, { message: clip(message, 2000) }, [{ label: 'message', type: 'text' }]);
    memory.stage = 'message-contact';
    say(context, phrases(context).askContact);
    explain(context, reasons(context).messageRecorded);
    return;
  }
  if (memory.stage === 'anything-else' && isDecline(message)) {
    explain(context, reasons(context).goodbye);
    endCall(context);
    return;
  }
  const routed = route(context, message);
  if (routed?.intent) trace.heard = { id: routed.intent.id, label: { ...routed.intent.label } };
  if (routed?.jobId) {
    const match = looksLikeQuestion(message) ? findPassage(context.step.knowledge, message) : null;
    if (match && !routesOnTrigger(context, message)) {
      explain(context, reasons(context).questionForKnowledge(jobName(context, routed.jobId)));
      answerFromKnowledge(context, match);
      return;
    }
    startJob(context, routed, routed.jobId);
    return;
  }
  const closest = routed?.ranked[0];
  trace.runnerUp =
    closest && closest.score > 0
      ? { jobId: closest.jobId, name: jobName(context, closest.jobId), score: round(closest.score) }
      : null;
  explain(
    context,
    routed
      ? reasons(context).noJob(trace.runnerUp?.name ?? null, routed.confidence, DEFAULT_ROUTE_THRESHOLD)
      : reasons(context).noJobs,
  );
  const match = findPassage(context.step.knowledge, message);
  if (match) {
    answerFromKnowledge(context, match);
    return;
  }
  explain(context, reasons(context).noKnowledge);
  memory.stage = 'message';
  say(context, phrases(context).offerMessage);
}
