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

export const KnowledgeInputSchema = z.object(knowledgeFields);
export const KnowledgePatchSchema = z.object({
  title: knowledgeFields.title.optional(),
  content: knowledgeFields.content.optional(),
});

export const KnowledgePageSchema = z.object({
  id: IdSchema,
  ...knowledgeFields,
  version: VersionSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

export type KnowledgeInput = z.input<typeof KnowledgeInputSchema>;
export type KnowledgePatch = z.input<typeof KnowledgePatchSchema>;
export type KnowledgePage = z.output<typeof KnowledgePageSchema>;
