import type { Weekday } from '@sona-designer/core';
import { useId } from 'react';
import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import { formatMessage } from '../../i18n';
import { useMessages } from '../../state';
import type { BusinessHoursValues } from '../businessHoursSpec';
import { nextRange } from '../businessHoursSpec';
import { errorAt, listErrorAt } from '../fieldErrors';
import { FieldError } from './FieldError';
import { InspectorIcon } from './InspectorIcon';

export interface DayHoursProps {
  day: Weekday;
  form: UseFormReturn<BusinessHoursValues>;
  readOnly: boolean;
}

/** One weekday: its opening ranges (several allowed), "Closed" when it has none, and "Add hours". */
export function DayHours({ day, form, readOnly }: DayHoursProps) {
  const text = useMessages().inspector;
  const { fields, append, remove } = useFieldArray({ control: form.control, name: day });
  const { errors } = form.formState;
  const id = useId();
  const dayName = text.weekdays[day];
  const dayError = listErrorAt(errors, day);

  return (
    <fieldset className="sona-day" aria-describedby={dayError ? `${id}-error` : undefined}>
      <legend className="sona-visually-hidden">{dayName}</legend>
      <div className="sona-day__head">
        <span className="sona-day__name" aria-hidden="true">
          {dayName}
        </span>
        {fields.length === 0 ? <span className="sona-day__closed">{text.closed}</span> : null}
        {readOnly ? null : (
          <button
            type="button"
            className="sona-link-button"
            aria-label={formatMessage(text.addRangeOn, { day: dayName })}
            onClick={() => append(nextRange(form.getValues(day)))}
          >
            <InspectorIcon name="add" size={14} />
            {text.addRange}
          </button>
        )}
      </div>
      {fields.map((field, index) => {
        const n = index + 1;
        const rangeError = errorAt(errors, `${day}.${index}`);
        const startError = errorAt(errors, `${day}.${index}.start`);
        const endError = errorAt(errors, `${day}.${index}.end`);
        const message = startError ?? endError ?? rangeError;
        const errorId = `${id}-${field.id}-error`;
        return (
          <div key={field.id} className="sona-range-row">
            <div className="sona-range">
              <input
                type="time"
                className="sona-input sona-input--time"
                aria-label={formatMessage(text.rangeFrom, { day: dayName, n })}
                aria-invalid={startError || rangeError ? true : undefined}
                aria-describedby={message ? errorId : undefined}
                {...form.register(`${day}.${index}.start`)}
              />
              <span className="sona-range__dash" aria-hidden="true">
                –
              </span>
              <input
                type="time"
                className="sona-input sona-input--time"
                aria-label={formatMessage(text.rangeTo, { day: dayName, n })}
                aria-invalid={endError || rangeError ? true : undefined}
                aria-describedby={message ? errorId : undefined}
                {...form.register(`${day}.${index}.end`)}
              />
              {readOnly ? null : (
                <button
                  type="button"
                  className="sona-icon-button sona-icon-button--small"
                  aria-label={formatMessage(text.removeRange, { day: dayName, n })}
                  onClick={() => remove(index)}
                >
                  <InspectorIcon name="close" size={14} />
                </button>
              )}
            </div>
            {message ? <FieldError id={errorId} message={message} /> : null}
          </div>
        );
      })}
      {dayError ? <FieldError id={`${id}-error`} message={dayError} /> : null}
    </fieldset>
  );
}
