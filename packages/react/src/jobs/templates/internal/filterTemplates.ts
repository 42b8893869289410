import { foldForSearch, type JobTemplate, type TemplateCategory } from '@sona-designer/core';

export type CategoryFilter = TemplateCategory | 'all';

/** Templates whose text holds every word of the query (ignoring case and accents), in the chosen category. */
export function filterTemplates(
  templates: readonly JobTemplate[],
  query: string,
  category: CategoryFilter,
  categoryLabel: (category: TemplateCategory) => string,
): JobTemplate[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  return templates.filter((template) => {
    if (category !== 'all' && template.category !== category) return false;
    if (words.length === 0) return true;
    const haystack = foldForSearch(
      [
        template.name,
        template.description,
        template.trigger,
        template.instructions,
        categoryLabel(template.category),
      ].join('\n'),
    );
    return words.every((word) => haystack.includes(word));
  });
}
