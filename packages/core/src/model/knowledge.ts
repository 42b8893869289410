import * as z from 'zod';
import { LIMITS, SECONDARY_LIMITS } from '../limits';
import { IdSchema, TimestampSchema, textField, VersionSchema } from './fields';

const knowledgeFields = {
  title: textField({
    label: 'Title',
    max: SECONDARY_LIMITS.knowledgeTitle,
    required: true,
    requiredHint: 'name the page, such as “Opening hours”',
    singleLine: true,
  }),
  content: textField({
    label: 'Content',
    max: LIMITS.knowledgePage,
    required: true,
    requiredHint: 'write what Sona should know',
  }),
};

/**
 * Validates what `DesignerAdapter.createKnowledge` takes: a title and the content, within
 * `LIMITS.knowledgePage`.
 */
export const KnowledgeInputSchema = z.object(knowledgeFields);
/** Validates a change to a knowledge page: the title, the content or both. */
export const KnowledgePatchSchema = z.object({
  title: knowledgeFields.title.optional(),
  content: knowledgeFields.content.optional(),
});

/** Validates a stored knowledge page: its title, content, `version` and timestamps. */
export const KnowledgePageSchema = z.object({
  id: IdSchema,
  ...knowledgeFields,
  version: VersionSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

/** What a host passes to `DesignerAdapter.createKnowledge`. */
export type KnowledgeInput = z.input<typeof KnowledgeInputSchema>;
/** The fields to change in `DesignerAdapter.updateKnowledge`; the ones left out keep their value. */
export type KnowledgePatch = z.input<typeof KnowledgePatchSchema>;
/** A page of knowledge Sona answers callers from (opening hours, prices…). Sona steps attach pages by id. */
export type KnowledgePage = z.output<typeof KnowledgePageSchema>;
