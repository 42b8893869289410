import { useId } from 'react';
import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import { formatMessage } from '../../i18n';
import { useMessages } from '../../state';
import type { BusinessHoursValues } from '../businessHoursSpec';
import { errorAt, listErrorAt } from '../fieldErrors';
import { FieldError } from './FieldError';
import { InspectorIcon } from './InspectorIcon';

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export interface HolidaysFieldProps {
  form: UseFormReturn<BusinessHoursValues>;
  readOnly: boolean;
}

/** Dates the business is closed all day, each with an optional name. */
export function HolidaysField({ form, readOnly }: HolidaysFieldProps) {
  const text = useMessages().inspector;
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'holidays' });
  const { errors } = form.formState;
  const id = useId();
  const listError = listErrorAt(errors, 'holidays');

  return (
    <div className="sona-holidays">
      {fields.length === 0 ? (
        <p className="sona-inspector__empty-note">{text.noHolidays}</p>
      ) : (
        <div className="sona-holidays__labels" aria-hidden="true">
          <span>{text.date}</span>
          <span>{text.name}</span>
        </div>
      )}
      {fields.map((field, index) => {
        const n = index + 1;
        const dateError = errorAt(errors, `holidays.${index}.date`);
        const nameError = errorAt(errors, `holidays.${index}.name`);
        const errorId = `${id}-${field.id}-error`;
        return (
          <div key={field.id} className="sona-range-row">
            <div className="sona-holiday">
              <input
                type="date"
                className="sona-input sona-input--date"
                aria-label={formatMessage(text.holidayDate, { n })}
                aria-invalid={dateError ? true : undefined}
                aria-describedby={dateError || nameError ? errorId : undefined}
                {...form.register(`holidays.${index}.date`)}
              />
              <input
                type="text"
                className="sona-input"
                autoComplete="off"
                aria-label={formatMessage(text.holidayName, { n })}
                aria-invalid={nameError ? true : undefined}
                aria-describedby={dateError || nameError ? errorId : undefined}
                {...form.register(`holidays.${index}.name`)}
              />
              {readOnly ? null : (
                <button
                  type="button"
                  className="sona-icon-button sona-icon-button--small"
                  aria-label={formatMessage(text.removeHoliday, { n })}
                  onClick={() => remove(index)}
                >
                  <InspectorIcon name="close" size={14} />
                </button>
              )}
            </div>
            {dateError || nameError ? (
              <FieldError id={errorId} message={(dateError ?? nameError) as string} />
            ) : null}
          </div>
        );
      })}
      {listError ? <FieldError id={`${id}-error`} message={listError} /> : null}
      {readOnly ? null : (
        <button
          type="button"
          className="sona-button sona-button--small"
          onClick={() => append({ date: today(), name: '' })}
        >
          <InspectorIcon name="add" size={14} />
          {text.addHoliday}
        </button>
      )}
    </div>
  );
}
