/** A language the built-in job templates are written in: English or French. */
export type TemplateLocale = 'en' | 'fr';

/** The categories of the built-in job templates, in the order the gallery shows them. */
export const TEMPLATE_CATEGORIES = [
  'messages',
  'sales',
  'scheduling',
  'support',
  'escalation',
  'intake',
  'billing',
] as const;
/** A category of built-in job templates, one of `TEMPLATE_CATEGORIES`. */
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

/** The text of a built-in job template in one language: the fields of a job it fills in. */
export interface TemplateText {
  name: string;
  description: string;
  trigger: string;
  /** Numbered steps, one per line ("1. Greet the caller…"). */
  instructions: string;
}

/** A built-in template with its text in every supported locale. */
export interface JobTemplateDefinition {
  id: string;
  category: TemplateCategory;
  text: Record<TemplateLocale, TemplateText>;
}

/** A template in one locale, as the gallery shows it and as `JobInput` takes it. */
export interface JobTemplate extends TemplateText {
  id: string;
  category: TemplateCategory;
  locale: TemplateLocale;
}
