import {
  graphemeLength,
  KnowledgeInputSchema,
  type KnowledgePage,
  LIMITS,
  normalizeNewlines,
  SECONDARY_LIMITS,
} from '@sona-designer/core';
import { formatMessage, formatNumber, type LibraryMessages, type Locale } from '../../../i18n';

export const KNOWLEDGE_FIELDS = ['title', 'content'] as const;
export type KnowledgeField = (typeof KNOWLEDGE_FIELDS)[number];
export type KnowledgeValues = Record<KnowledgeField, string>;

export const KNOWLEDGE_MAX: Record<KnowledgeField, number> = {
  title: SECONDARY_LIMITS.knowledgeTitle,
  content: LIMITS.knowledgePage,
};

/** A value as the core stores it (newlines normalised, trimmed), to compare with a stored page. */
export function stored(value: string): string {
  return normalizeNewlines(value).trim();
}

export function valuesOf(page: Pick<KnowledgePage, KnowledgeField>): KnowledgeValues {
  return { title: page.title, content: page.content };
}

export function sameValues(a: KnowledgeValues, b: KnowledgeValues): boolean {
  return KNOWLEDGE_FIELDS.every((field) => stored(a[field]) === stored(b[field]));
}

export function fieldLabel(field: KnowledgeField, text: LibraryMessages): string {
  return field === 'title' ? text.fieldTitle : text.fieldContent;
}

/**
 * The core's `KnowledgeInputSchema` decides whether a value is valid; the words come from the catalogue (English
 * matches the core), with the core's own message for rarer problems such as invisible control characters.
 */
export function fieldError(
  field: KnowledgeField,
  value: string,
  text: LibraryMessages,
  locale: Locale,
): string | undefined {
  const result = KnowledgeInputSchema.shape[field].safeParse(value);
  if (result.success) return undefined;
  const clean = stored(value);
  if (clean.length === 0) return field === 'title' ? text.titleRequired : text.contentRequired;
  if (field === 'title' && clean.includes('\n')) return text.titleOneLine;
  const length = graphemeLength(clean);
  const max = KNOWLEDGE_MAX[field];
  if (length > max) {
    return formatMessage(text.tooLong, {
      field: fieldLabel(field, text),
      count: formatNumber(locale, length),
      max: formatNumber(locale, max),
      over: formatNumber(locale, length - max),
    });
  }
  return result.error.issues[0]?.message;
}
