import { JOB_TEMPLATES } from './data';
import type { JobTemplate, JobTemplateDefinition, TemplateLocale } from './types';

export { JOB_TEMPLATES } from './data';
export type {
  JobTemplate,
  JobTemplateDefinition,
  TemplateCategory,
  TemplateLocale,
  TemplateText,
} from './types';
export { TEMPLATE_CATEGORIES } from './types';

function inLocale(definition: JobTemplateDefinition, locale: TemplateLocale): JobTemplate {
  return { id: definition.id, category: definition.category, locale, ...definition.text[locale] };
}

/** Every built-in template in one locale, in gallery order (most common first). */
export function listJobTemplates(locale: TemplateLocale): JobTemplate[] {
  return JOB_TEMPLATES.map((definition) => inLocale(definition, locale));
}

/** One built-in template in one locale, or `undefined` when no template has that id. */
export function getJobTemplate(id: string, locale: TemplateLocale): JobTemplate | undefined {
  const definition = JOB_TEMPLATES.find((candidate) => candidate.id === id);
  return definition ? inLocale(definition, locale) : undefined;
}

export { templateToJobInput } from './toJobInput';
