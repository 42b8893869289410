import { graphemeLength, KnowledgeInputSchema, LIMITS, SECONDARY_LIMITS } from '@sona-designer/core';
import { formatMessage, formatNumber, type LibraryMessages, type Locale } from '../../../i18n';
import { type RecordValues, stored } from '../../../records';
import type { KnowledgeField } from '../../knowledgeKind';

/** Title and content as the form holds them (as typed). */
export type KnowledgeValues = RecordValues<KnowledgeField>;

/** How many characters each field holds at most. */
export const KNOWLEDGE_MAX: Record<KnowledgeField, number> = {
  title: SECONDARY_LIMITS.knowledgeTitle,
  content: LIMITS.knowledgePage,
};

/** A field's label ("Title"). */
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
