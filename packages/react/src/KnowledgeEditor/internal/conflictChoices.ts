import type { KnowledgePage } from '@sona-designer/core';
import { KNOWLEDGE_FIELDS, type KnowledgeField, type KnowledgeValues, stored } from './knowledgeValues';

export type Choice = 'theirs' | 'yours';
export type FieldChange = 'same' | 'them' | 'you' | 'both';

/** Who changed a field since the version the editor started from (`base`, null for a page created meanwhile). */
export function fieldChange(
  field: KnowledgeField,
  base: KnowledgePage | null,
  theirs: KnowledgePage,
  yours: KnowledgeValues,
): FieldChange {
  const mine = stored(yours[field]);
  if (mine === theirs[field]) return 'same';
  if (base && mine === base[field]) return 'them';
  if (base && theirs[field] === base[field]) return 'you';
  return 'both';
}

/** Theirs where only they changed a field, yours wherever you changed it. */
export function defaultChoices(
  base: KnowledgePage | null,
  theirs: KnowledgePage,
  yours: KnowledgeValues,
): Record<KnowledgeField, Choice> {
  const choices = {} as Record<KnowledgeField, Choice>;
  for (const field of KNOWLEDGE_FIELDS) {
    choices[field] = fieldChange(field, base, theirs, yours) === 'them' ? 'theirs' : 'yours';
  }
  return choices;
}

export function mergeChoices(
  theirs: KnowledgePage,
  yours: KnowledgeValues,
  choices: Record<KnowledgeField, Choice>,
): KnowledgeValues {
  return {
    title: choices.title === 'theirs' ? theirs.title : yours.title,
    content: choices.content === 'theirs' ? theirs.content : yours.content,
  };
}

export interface MarkedLine {
  text: string;
  /** Not in the other version. */
  changed: boolean;
}

/** Splits both texts into lines and marks the lines the other version lacks (enough to spot a difference fast). */
export function markLines(theirs: string, yours: string): { theirs: MarkedLine[]; yours: MarkedLine[] } {
  const theirLines = normalize(theirs).split('\n');
  const yourLines = normalize(yours).split('\n');
  const inTheirs = new Set(theirLines);
  const inYours = new Set(yourLines);
  const mark = (lines: string[], other: Set<string>): MarkedLine[] => {
    const marked = lines.map((text) => ({ text, changed: !other.has(text) }));
    // When every line differs, marking them all says nothing.
    return marked.every((line) => line.changed)
      ? marked.map((line) => ({ ...line, changed: false }))
      : marked;
  };
  return { theirs: mark(theirLines, inYours), yours: mark(yourLines, inTheirs) };
}

function normalize(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
