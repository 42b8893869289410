import type { JobTemplate } from '@sona-designer/core';
import { useId } from 'react';
import { useMessages } from '../../../state';

export interface TemplatePreviewProps {
  template: JobTemplate;
}

/** The whole template: description, when it starts, and every instruction line. */
export function TemplatePreview({ template }: TemplatePreviewProps) {
  const text = useMessages().templates;
  const id = useId();
  return (
    <article className="sona-template-preview" aria-labelledby={`${id}-name`}>
      <div className="sona-template-preview__top">
        <p className="sona-template-preview__eyebrow">{text.previewLabel}</p>
        <span
          className="sona-template-card__category sona-template-preview__category"
          data-category={template.category}
        >
          {text.categories[template.category]}
        </span>
      </div>
      <h3 id={`${id}-name`} className="sona-template-preview__name">
        {template.name}
      </h3>
      <p className="sona-template-preview__description">{template.description}</p>
      {template.trigger ? (
        <>
          <h4 className="sona-template-preview__heading">{text.startsWhen}</h4>
          <p className="sona-template-preview__trigger">{template.trigger}</p>
        </>
      ) : null}
      <h4 className="sona-template-preview__heading">{text.instructions}</h4>
      <ol className="sona-template-preview__steps">
        {template.instructions.split('\n').map((line, index) => {
          const match = /^\s*(\d+)[.)]\s+(.*)$/.exec(line);
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
              key={index}
              className="sona-template-preview__step"
              value={match ? Number(match[1]) : undefined}
              data-plain={match ? undefined : true}
            >
              {match ? match[2] : line}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
