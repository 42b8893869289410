export type TemplateLocale = 'en' | 'fr';

export const TEMPLATE_CATEGORIES = [
  'messages',
  'sales',
  'scheduling',
  'support',
  'escalation',
  'intake',
  'billing',
] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

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
