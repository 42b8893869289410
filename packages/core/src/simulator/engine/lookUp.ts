import { isNegative } from './answers';
import { findPassage, type KnowledgeMatch, namedPage } from './knowledge';
import type { StepPart } from './parts';
import { explain, jobCallerMessages, phrases, reasons, type TurnContext } from './turnContext';

/** Words that say how to look something up ("Give … from the Prices page"): never part of what is looked up. */
const LOOKUP_WORDS = new Set(
  'give explain describe answer page pages knowledge connaissances see check confirm from using use indicated indiquee indiques indiquees selon dans'.split(
    ' ',
  ),
);
/** The best passage for any single caller message, newest first: a long call should not dilute a clear question. */
export function passageForCaller(context: TurnContext, messages: readonly string[]): KnowledgeMatch | null {
  for (const message of [...messages].reverse()) {
    const match = findPassage(context.step.knowledge, message);
    if (match) return match;
  }
  return null;
}

export function quote(context: TurnContext, match: KnowledgeMatch): string {
  context.trace.knowledge = { pageId: match.pageId, title: match.title, passage: match.passage };
  context.memory.knowledgeUsed = true;
  explain(context, reasons(context).knowledge(match.title, match.matchedWords), match.matchedWords);
  return phrases(context).fromKnowledge(match.title, match.passage);
}

export function lookUp(context: TurnContext, part: StepPart): KnowledgeMatch | null {
  const knowledge = part.knowledge;
  if (!knowledge || context.step.knowledge.length === 0) return null;
  if (knowledge.optional) {
    const messages = jobCallerMessages(context);
    if (isNegative(messages[messages.length - 1] ?? '')) return null;
    return passageForCaller(context, messages);
  }
  // An instruction that states what to say ("Explain the 30-day payment terms") is said as written.
  if (!knowledge.named) return null;
  return findPassage(context.step.knowledge, `${knowledge.query} ${jobCallerMessages(context).join(' ')}`, {
    page: namedPage(part.clause),
    minCoverage: 0,
    ignore: LOOKUP_WORDS,
  });
}
