import { TEMPLATE_CATEGORIES, type TemplateCategory } from '@sona-designer/core';
import { useId } from 'react';
import { useMessages } from '../../../state';
import type { CategoryFilter } from './filterTemplates';

export interface CategoryChipsProps {
  value: CategoryFilter;
  /** How many templates match the search in each category (and in all). */
  counts: Record<CategoryFilter, number>;
  /** Categories that have templates at all; the others get no chip. */
  present: ReadonlySet<TemplateCategory>;
  onChange(next: CategoryFilter): void;
}

/** "All", then one chip per category, as a radio group (arrow keys move between chips). */
export function CategoryChips({ value, counts, present, onChange }: CategoryChipsProps) {
  const text = useMessages().templates;
  const name = useId();
  const options: CategoryFilter[] = [
    'all',
    ...TEMPLATE_CATEGORIES.filter((category) => present.has(category)),
  ];
  return (
    <fieldset className="sona-template-gallery__chips">
      <legend className="sona-visually-hidden">{text.categoryLabel}</legend>
      {options.map((option) => (
        <label key={option} className="sona-template-gallery__chip">
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <span>{option === 'all' ? text.all : text.categories[option]}</span>
          <span className="sona-template-gallery__chip-count" aria-hidden="true">
            {counts[option]}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
