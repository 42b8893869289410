import { type ReactNode, useId } from 'react';
import { withClassName } from '../../ui';
import { FieldError } from './FieldError';

/** What a field's control needs to be labelled and described. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldProps {
  label: ReactNode;
  hint?: string | undefined;
  error?: string | undefined;
  /** Ids of other elements that describe the control, e.g. a character counter. */
  describedBy?: string | undefined;
  /** Shown under the control, e.g. a character counter. */
  after?: ReactNode;
  className?: string | undefined;
  children: (control: FieldControlProps) => ReactNode;
}

/** A label above its control, an optional hint, and the control's inline error (which describes it). */
export function Field({ label, hint, error, describedBy, after, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [error ? errorId : null, hint ? hintId : null, describedBy ?? null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={withClassName('sona-field', className)}>
      <label className="sona-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="sona-field__hint">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
      {after}
      {error ? <FieldError id={errorId} message={error} /> : null}
    </div>
  );
}
