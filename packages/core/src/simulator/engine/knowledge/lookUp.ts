import { isNegative } from '../language/callerReplies';
import type { StepPart } from '../script/stepPart';
import type { SimulatedKnowledgePage } from '../types';
import { findPassage, type KnowledgeMatch, namedPage } from './findPassage';

/** Words that say how to look something up ("Give … from the Prices page"): never part of what is looked up. */
const LOOKUP_WORDS = new Set(
  'give explain describe answer page pages knowledge connaissances see check confirm from using use indicated indiquee indiques indiquees selon dans'.split(
    ' ',
  ),
);

/** The best passage for any single caller message, newest first: a long call should not dilute a clear question. */
export function passageForCaller(
  pages: readonly SimulatedKnowledgePage[],
  messages: readonly string[],
): KnowledgeMatch | null {
  for (const message of [...messages].reverse()) {
    const match = findPassage(pages, message);
    if (match) return match;
  }
  return null;
}

/**
 * The passage a script part reads from Knowledge, given what the caller said since the job started; null when the
 * part reads nothing, the caller just said no, or no page fits.
 */
export function lookUp(
  pages: readonly SimulatedKnowledgePage[],
  part: StepPart,
  callerMessages: readonly string[],
): KnowledgeMatch | null {
  const knowledge = part.knowledge;
  if (!knowledge || pages.length === 0) return null;
  if (knowledge.optional) {
    if (isNegative(callerMessages[callerMessages.length - 1] ?? '')) return null;
    return passageForCaller(pages, callerMessages);
  }
  // An instruction that states what to say ("Explain the 30-day payment terms") is said as written.
  if (!knowledge.named) return null;
  return findPassage(pages, `${knowledge.query} ${callerMessages.join(' ')}`, {
    page: namedPage(part.clause),
    minCoverage: 0,
    ignore: LOOKUP_WORDS,
  });
}
