import type { KnowledgePage } from '@sona-designer/core';
import { type Choice, type FieldChange, whoChanged } from '../../../records';
import { KNOWLEDGE_FIELDS, type KnowledgeField, type KnowledgeValues, stored } from './knowledgeValues';

export type { Choice, FieldChange };

/** Who changed a field since the version the editor started from (`base`, null for a page created meanwhile). */
export function fieldChange(
  field: KnowledgeField,
  base: KnowledgePage | null,
  theirs: KnowledgePage,
  yours: KnowledgeValues,
): FieldChange {
  return whoChanged(stored(yours[field]), theirs[field], base?.[field]);
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
