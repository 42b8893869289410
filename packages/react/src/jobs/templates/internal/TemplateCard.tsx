import type { JobTemplate } from '@sona-designer/core';
import { useId } from 'react';
import { useMessages } from '../../../state';

export interface TemplateCardProps {
  template: JobTemplate;
  group: string;
  selected: boolean;
  onSelect(): void;
}

/** One template as a selectable card: its name (the radio's name), category and description. */
export function TemplateCard({ template, group, selected, onSelect }: TemplateCardProps) {
  const text = useMessages().templates;
  const id = useId();
  return (
    <label className="sona-template-card" data-selected={selected || undefined}>
      <input
        type="radio"
        className="sona-template-card__input"
        name={group}
        value={template.id}
        checked={selected}
        onChange={onSelect}
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-category ${id}-description`}
      />
      <span id={`${id}-name`} className="sona-template-card__name">
        {template.name}
      </span>
      <span id={`${id}-description`} className="sona-template-card__description">
        {template.description}
      </span>
      <span id={`${id}-category`} className="sona-template-card__category" data-category={template.category}>
        {text.categories[template.category]}
      </span>
    </label>
  );
}
