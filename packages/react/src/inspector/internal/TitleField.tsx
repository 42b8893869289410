import type { UseFormRegisterReturn } from 'react-hook-form';
import { useMessages } from '../../state';
import { Field } from './Field';

export interface TitleFieldProps {
  registration: UseFormRegisterReturn;
  error: string | undefined;
  /** One line under the title for kinds without settings. */
  explanation?: string | undefined;
}

/** The step's title, first field of every form, shown large like a heading. */
export function TitleField({ registration, error, explanation }: TitleFieldProps) {
  const text = useMessages().inspector;
  return (
    <Field label={text.title} error={error} hint={explanation} className="sona-field--title">
      {(control) => (
        <input
          className="sona-input sona-input--title"
          type="text"
          autoComplete="off"
          {...registration}
          {...control}
        />
      )}
    </Field>
  );
}
