import type { JobTextField as Field } from '@sona-designer/core';
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useDesigner } from '../../../state';
import { CharacterCounter, FieldErrorIcon, withClassName } from '../../../ui';
import { FIELD_LIMITS } from './fieldMessages';

export interface JobTextFieldProps {
  field: Field;
  id: string;
  value: string;
  error: string | undefined;
  registration: UseFormRegisterReturn;
  readOnly: boolean;
  /** Lines of a textarea; a single-line input without. */
  rows?: number;
  optional?: boolean;
  /** Between the label and the control, e.g. the instructions' toolbar. */
  toolbar?: ReactNode;
  /** Under the control, e.g. the instructions' warnings. */
  below?: ReactNode;
  /** More ids that describe the control. */
  describedBy?: string;
  className?: string;
  controlRef?(node: HTMLTextAreaElement | null): void;
}

/** A labelled job field with its hint, live character counter and inline error. */
export function JobTextField({
  field,
  id,
  value,
  error,
  registration,
  readOnly,
  rows,
  optional = false,
  toolbar,
  below,
  describedBy,
  className,
  controlRef,
}: JobTextFieldProps) {
  const { messages, locale } = useDesigner();
  const text = messages.jobEditor;
  const described = [error ? `${id}-error` : null, `${id}-hint`, `${id}-counter`, describedBy ?? null]
    .filter(Boolean)
    .join(' ');
  const control = {
    id,
    className: 'sona-job-editor__control',
    readOnly,
    'aria-invalid': error ? (true as const) : undefined,
    'aria-required': optional ? undefined : (true as const),
    'aria-describedby': described,
    spellCheck: true,
    ...registration,
  };

  return (
    <div className={withClassName('sona-job-editor__field', className)}>
      <div className="sona-job-editor__label-row">
        <span className="sona-job-editor__label-group">
          <label className="sona-job-editor__label" htmlFor={id}>
            {text.fields[field]}
          </label>
          {/* Outside the label, so the field's name stays exactly "Trigger"; required fields say so with aria-required. */}
          {optional ? (
            <span className="sona-job-editor__optional" aria-hidden="true">
              {text.optional}
            </span>
          ) : null}
        </span>
        {toolbar}
      </div>
      <p id={`${id}-hint`} className="sona-job-editor__hint">
        {text.hints[field]}
      </p>
      {rows === undefined ? (
        <input type="text" autoComplete="off" {...control} />
      ) : (
        <textarea
          rows={rows}
          {...control}
          ref={(node) => {
            registration.ref(node);
            controlRef?.(node);
          }}
        />
      )}
      <div className="sona-job-editor__field-footer">
        <CharacterCounter
          id={`${id}-counter`}
          value={value}
          max={FIELD_LIMITS[field]}
          locale={locale}
          messages={messages.characterCounter}
        />
        {error ? (
          <p id={`${id}-error`} className="sona-job-editor__error">
            <FieldErrorIcon />
            <span>{error}</span>
          </p>
        ) : null}
      </div>
      {below}
    </div>
  );
}
