import { findPassage } from '../knowledge/findPassage';
import { extractAnswer, typedValue } from '../language/answerValues';
import { isAffirmative, isNegative, looksLikeQuestion } from '../language/callerReplies';
import { callerWords } from '../language/foldedPhrase';
import { advance, collect, fireTransfer } from './perform';
import { readBack } from './readBack';
import { explain, phrases, reasons, say, type TurnContext } from './turnContext';

/** How many times Sona reads a corrected answer back before she moves on. */
const MAX_CORRECTIONS = 2;

/** A job waits for the caller: record the answer, then go on with the script. */
export function answerTurn(context: TurnContext, message: string): void {
  const { memory } = context;
  const awaiting = memory.awaiting;
  if (!awaiting) {
    advance(context);
    return;
  }
  const yes = isAffirmative(message);
  const no = isNegative(message);
  if (awaiting.kind === 'transfer' && awaiting.transfer) {
    if (yes) {
      fireTransfer(context, awaiting.transfer);
      return;
    }
    if (!no) {
      say(context, phrases(context).repeatYesNo(awaiting.question));
      return;
    }
    memory.awaiting = null;
    say(context, phrases(context).transferDeclined);
    explain(context, reasons(context).transferDeclined);
    advance(context);
    return;
  }
  // A question instead of an answer: answer it from Knowledge when a page covers it, then ask again.
  if (looksLikeQuestion(message) && !yes && !no && awaiting.kind !== 'correction') {
    const match = findPassage(context.step.knowledge, message);
    if (match) {
      context.trace.knowledge = { pageId: match.pageId, title: match.title, passage: match.passage };
      memory.knowledgeUsed = true;
      explain(context, reasons(context).questionAnswered);
      explain(context, reasons(context).knowledge(match.title, match.matchedWords), match.matchedWords);
      say(context, phrases(context).fromKnowledge(match.title, match.passage));
      say(context, phrases(context).alsoAsk(awaiting.question));
      return;
    }
  }
  if (awaiting.kind === 'confirm' || awaiting.kind === 'correction') {
    if (no || awaiting.kind === 'correction') {
      const corrected = extractAnswer(message.replace(/^\s*(?:no|non|nope)\b[\s,.!]*/i, ''), awaiting.fields);
      const changed =
        Object.keys(corrected).length > 0 &&
        !(awaiting.kind === 'confirm' && isNegative(message) && callerWords(message).length <= 2);
      if (changed && memory.corrections < MAX_CORRECTIONS) {
        memory.corrections++;
        collect(context, corrected, awaiting.fields);
        const question = readBack(context, null, awaiting.fields);
        memory.awaiting = { ...awaiting, kind: 'confirm', question };
        say(context, question);
        return;
      }
      if (!changed && memory.corrections < MAX_CORRECTIONS) {
        memory.corrections++;
        memory.awaiting = { ...awaiting, kind: 'correction' };
        say(context, phrases(context).askCorrection);
        return;
      }
    }
    if (awaiting.booking && !no) memory.booked = true;
    memory.lastYesNo = yes ? { answer: 'yes', questionTerms: awaiting.questionTerms } : memory.lastYesNo;
    memory.awaiting = null;
    advance(context);
    return;
  }
  // A plain yes or no is kept as said ("Yes please"), unless it comes with what was asked ("Yes, 514 555 0123").
  const [only] = awaiting.fields;
  const values =
    awaiting.kind === 'yes-no' &&
    awaiting.fields.length === 1 &&
    only &&
    (yes || no) &&
    !typedValue(message, only.type)
      ? { [only.label]: message.replace(/[\s.!]+$/u, '') }
      : extractAnswer(message, awaiting.fields);
  collect(context, values, awaiting.fields);
  if (awaiting.kind === 'yes-no') {
    memory.lastYesNo =
      yes || no ? { answer: yes ? 'yes' : 'no', questionTerms: awaiting.questionTerms } : null;
    if (awaiting.booking && yes) memory.booked = true;
  } else {
    memory.lastYesNo = null;
    if (Object.keys(values).length > 0) say(context, phrases(context).thanks);
  }
  memory.awaiting = null;
  advance(context);
}
