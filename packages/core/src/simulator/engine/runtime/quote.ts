import type { KnowledgeMatch } from '../knowledge/findPassage';
import { explain, phrases, reasons, type TurnContext } from './turnContext';

/** Sona's words quoting a passage; the turn's trace and the call's memory record that Knowledge answered. */
export function quote(context: TurnContext, match: KnowledgeMatch): string {
  context.trace.knowledge = { pageId: match.pageId, title: match.title, passage: match.passage };
  context.memory.knowledgeUsed = true;
  explain(context, reasons(context).knowledge(match.title, match.matchedWords), match.matchedWords);
  return phrases(context).fromKnowledge(match.title, match.passage);
}
