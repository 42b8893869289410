import type { JobAction } from '../../../actions';
import { lookUp, passageForCaller } from '../knowledge/lookUp';
import type { FieldSpec, FieldType } from '../language/answerValues';
import { clip } from '../language/clip';
import { foldedPhrase } from '../language/foldedPhrase';
import { transferPlace } from '../language/phrases';
import { sentence, toCaller } from '../language/voice';
import { conditionWords, evaluateCondition } from '../script/conditions';
import type { ScriptStep } from '../script/parseScript';
import type { StepPart } from '../script/stepPart';
import { inferOutcome } from './outcome';
import { quote } from './quote';
import { fieldsToReadBack, readBack } from './readBack';
import {
  currentJob,
  currentScript,
  endCall,
  explain,
  jobCallerMessages,
  phrases,
  reasons,
  replyLocale,
  say,
  type TurnContext,
  termsOf,
} from './turnContext';

type Progress = 'continue' | 'wait';

const BOOKING = /\b(?:book|booking|appointment|visit|reservation|rendez|reserv|planifi)/;

function awaitAnswer(
  context: TurnContext,
  part: StepPart,
  question: string,
  kind: 'answer' | 'yes-no' | 'confirm',
  fields: FieldSpec[],
): Progress {
  say(context, question);
  context.memory.awaiting = {
    kind,
    question,
    questionTerms: termsOf(part.clause, context),
    fields,
    booking: part.kind === 'book' || BOOKING.test(foldedPhrase(part.clause)),
    transfer: null,
  };
  return 'wait';
}

/** "Répétez-le chiffre par chiffre" → "le répéter chiffre par chiffre", to follow "pouvez-vous". */
function frenchInfinitive(clause: string): string {
  const lower = clause.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase());
  return lower.replace(/^(\p{L}+)ez-(le|la|les|lui|leur)\b/u, '$2 $1er').replace(/^(\p{L}+)ez\b/u, '$1er');
}

function performConfirm(context: TurnContext, part: StepPart): Progress {
  const fields = fieldsToReadBack(context, part);
  if (fields.length === 0) {
    if (part.fields.length === 0) return 'continue';
    // Nothing to read back yet ("Confirm the mobile number that can receive an SMS"): ask for it instead.
    const locale = replyLocale(context);
    const request =
      locale === 'fr'
        ? sentence(`pouvez-vous ${frenchInfinitive(toCaller(part.clause, 'fr'))}`, 'fr', '?')
        : sentence(
            `could you ${toCaller(part.clause, 'en').replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`,
            'en',
            '?',
          );
    return awaitAnswer(context, part, request, 'answer', part.fields);
  }
  context.memory.corrections = 0;
  return awaitAnswer(context, part, readBack(context, part, fields), 'confirm', fields);
}

function performPart(context: TurnContext, item: ScriptStep, part: StepPart): Progress {
  const text = phrases(context);
  const number = item.index + 1;
  switch (part.kind) {
    case 'ask':
    case 'listen':
    case 'offer':
    case 'book':
      return awaitAnswer(context, part, part.speech, part.yesNo ? 'yes-no' : 'answer', part.fields);
    case 'confirm':
      return performConfirm(context, part);
    case 'explain': {
      const match = lookUp(context.step.knowledge, part, jobCallerMessages(context));
      if (match) say(context, quote(context, match));
      else if (part.knowledge?.named) {
        say(context, text.noKnowledge);
        explain(context, reasons(context).knowledgeMissing(number));
      } else say(context, part.speech);
      return 'continue';
    }
    case 'guide': {
      const match = lookUp(context.step.knowledge, part, jobCallerMessages(context));
      if (!match) {
        say(context, text.noKnowledge);
        explain(context, reasons(context).knowledgeMissing(number));
        return 'continue';
      }
      const didItWork =
        replyLocale(context) === 'fr' ? 'Est-ce que cela a fonctionné\u00a0?' : 'Did that work?';
      return awaitAnswer(context, part, `${quote(context, match)} ${didItWork}`, 'yes-no', []);
    }
    case 'send':
      say(context, text.proseSms);
      explain(context, reasons(context).proseSms(number));
      return 'continue';
    case 'transfer':
      say(context, text.proseTransfer);
      explain(context, reasons(context).proseTransfer(number));
      return 'continue';
    case 'end':
      context.memory.jobFinished = true;
      explain(context, reasons(context).endedByStep(number));
      endCall(context);
      return 'wait';
    case 'say':
      say(context, part.speech);
      return 'continue';
    default:
      return 'continue';
  }
}

function performAction(context: TurnContext, item: ScriptStep, action: JobAction): Progress {
  const number = item.index + 1;
  if (action.type === 'sms') {
    context.state.actions.push(action);
    context.trace.actions.push(action);
    say(context, phrases(context).smsSent(action.message));
    explain(context, reasons(context).smsFired(number));
    return 'continue';
  }
  // Sona confirms with the caller before a transfer: she cannot come back afterwards.
  const question = phrases(context).confirmTransfer(transferPlace(action, replyLocale(context)));
  say(context, question);
  explain(context, reasons(context).transferAsked(number));
  context.memory.awaiting = {
    kind: 'transfer',
    question,
    questionTerms: [],
    fields: [],
    booking: false,
    transfer: action,
  };
  return 'wait';
}

export function fireTransfer(context: TurnContext, action: Extract<JobAction, { type: 'transfer' }>): void {
  const place = transferPlace(action, replyLocale(context));
  context.state.actions.push(action);
  context.trace.actions.push(action);
  say(context, phrases(context).transferring(place));
  explain(context, reasons(context).transferred(place));
  context.memory.awaiting = null;
  context.state.ended = true;
  context.state.outcome = 'transferred';
}

/** Checks an instruction's condition; false when it does not hold (the instruction is then skipped). */
function conditionHolds(context: TurnContext, item: ScriptStep): boolean {
  const condition = item.condition;
  if (!condition) return true;
  const callerMessages = jobCallerMessages(context);
  const result = evaluateCondition(condition, {
    callerMessages,
    lastYesNo: context.memory.lastYesNo,
    previousHonoured: context.memory.lastCondition,
    knowledgeFits: () => passageForCaller(context.step.knowledge, callerMessages) !== null,
  });
  context.memory.lastCondition = result.honoured;
  const why = reasons(context);
  const number = item.index + 1;
  const answer = context.memory.lastYesNo?.answer ?? 'yes';
  if (result.basis === 'otherwise') {
    explain(context, result.honoured ? why.otherwise(number) : why.skippedOtherwise(number));
  } else if (result.basis === 'knowledge') {
    explain(
      context,
      result.honoured
        ? why.honouredByKnowledge(number, condition.text)
        : why.skippedByKnowledge(number, condition.text),
    );
  } else if (result.basis === 'answer') {
    explain(
      context,
      result.honoured
        ? why.honouredByAnswer(number, condition.text, answer)
        : why.skippedByAnswer(number, condition.text, answer),
    );
  } else if (result.honoured) {
    explain(context, why.honoured(number, condition.text, result.matchedWords), result.matchedWords);
  } else {
    explain(context, why.skipped(number, condition.text, conditionWords(condition)));
  }
  return result.honoured;
}

function finishJob(context: TurnContext): void {
  const job = currentJob(context);
  context.memory.jobFinished = true;
  context.memory.awaiting = null;
  context.state.outcome = inferOutcome(context.step, context.state, context.memory);
  if (job) explain(context, reasons(context).finished(job.name));
  say(context, phrases(context).anythingElse);
  context.memory.stage = 'anything-else';
}

/** Performs the current job's script from where it stands until Sona needs the caller, the job ends, or the call does. */
export function advance(context: TurnContext): void {
  const script = currentScript(context);
  if (!script) return;
  const { state, memory, trace } = context;
  const count = script.steps.length;
  while (state.instructionIndex < count) {
    const item = script.steps[state.instructionIndex];
    if (!item) break;
    const summary = { index: item.index + 1, count, text: item.text };
    if (memory.operation === 0) {
      const holds = conditionHolds(context, item);
      trace.instructions?.push({ ...summary, status: holds ? 'performed' : 'skipped' });
      if (!holds) {
        state.instructionIndex++;
        continue;
      }
    }
    trace.instruction = summary;
    const operations = item.parts.length + item.actions.length;
    while (memory.operation < operations) {
      const at = memory.operation++;
      const part = item.parts[at];
      const action = item.actions[at - item.parts.length];
      const progress = part
        ? performPart(context, item, part)
        : action
          ? performAction(context, item, action)
          : 'continue';
      if (progress === 'wait' || state.ended) return;
    }
    state.instructionIndex++;
    memory.operation = 0;
  }
  finishJob(context);
}

/** Records answers into the collected fields and the trace. */
export function collect(
  context: TurnContext,
  values: Record<string, string>,
  fields: readonly FieldSpec[],
): void {
  const labels = Object.keys(values);
  if (labels.length === 0) return;
  const types = new Map<string, FieldType>(fields.map((field) => [field.label, field.type]));
  for (const label of labels) {
    const value = clip(values[label] ?? '', 2000);
    context.state.collected[label] = value;
    context.trace.collected[label] = value;
    context.memory.fieldTypes[label] = types.get(label) ?? 'text';
    if (!context.memory.jobFields.includes(label)) context.memory.jobFields.push(label);
    explain(context, reasons(context).collected(label, value));
  }
  context.memory.lastFields = labels;
}
