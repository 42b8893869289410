import { MENU_DIGITS } from '@sona-designer/core';
import { useId } from 'react';
import { type UseFormReturn, useFieldArray, useWatch } from 'react-hook-form';
import { formatMessage } from '../../i18n';
import { useMessages } from '../../state';
import { errorAt, listErrorAt } from '../fieldErrors';
import { FieldError } from './FieldError';
import { InspectorIcon } from './InspectorIcon';
import type { PhoneMenuValues } from './phoneMenuValues';

export interface MenuOptionsFieldProps {
  form: UseFormReturn<PhoneMenuValues>;
  readOnly: boolean;
}

/** The options of a phone menu: a key and a label each, in the order callers hear them. */
export function MenuOptionsField({ form, readOnly }: MenuOptionsFieldProps) {
  const text = useMessages().inspector;
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: 'options' });
  const options = useWatch({ control: form.control, name: 'options' }) ?? [];
  const { errors } = form.formState;
  const id = useId();
  const used = new Set(options.map((option) => option?.digit));
  const free = MENU_DIGITS.find((digit) => !used.has(digit));
  const listError = listErrorAt(errors, 'options');

  return (
    <div className="sona-menu-options">
      {fields.length === 0 ? (
        <p className="sona-inspector__empty-note">{text.noOptions}</p>
      ) : (
        <div className="sona-menu-options__labels" aria-hidden="true">
          <span>{text.key}</span>
          <span>{text.label}</span>
        </div>
      )}
      <ol className="sona-menu-options__list">
        {fields.map((field, index) => {
          const n = index + 1;
          const digitError = errorAt(errors, `options.${index}.digit`);
          const labelError = errorAt(errors, `options.${index}.label`);
          const errorId = `${id}-${field.id}-error`;
          return (
            <li key={field.id} className="sona-range-row">
              <div className="sona-menu-option">
                <select
                  className="sona-input sona-input--key"
                  aria-label={formatMessage(text.optionKey, { n })}
                  aria-invalid={digitError ? true : undefined}
                  aria-describedby={digitError || labelError ? errorId : undefined}
                  {...form.register(`options.${index}.digit`)}
                >
                  {MENU_DIGITS.map((digit) => (
                    <option key={digit} value={digit}>
                      {digit}
                    </option>
                  ))}
                </select>
                <input
                  type="text"
                  className="sona-input"
                  autoComplete="off"
                  aria-label={formatMessage(text.optionLabel, { n })}
                  aria-invalid={labelError ? true : undefined}
                  aria-describedby={digitError || labelError ? errorId : undefined}
                  {...form.register(`options.${index}.label`)}
                />
                {readOnly ? null : (
                  <span className="sona-menu-option__actions">
                    <button
                      type="button"
                      className="sona-icon-button sona-icon-button--small"
                      aria-label={formatMessage(text.moveUp, { n })}
                      // aria-disabled keeps focus on the button when its row reaches the top.
                      aria-disabled={index === 0 || undefined}
                      onClick={() => index > 0 && move(index, index - 1)}
                    >
                      <InspectorIcon name="up" size={14} />
                    </button>
                    <button
                      type="button"
                      className="sona-icon-button sona-icon-button--small"
                      aria-label={formatMessage(text.moveDown, { n })}
                      aria-disabled={index === fields.length - 1 || undefined}
                      onClick={() => index < fields.length - 1 && move(index, index + 1)}
                    >
                      <InspectorIcon name="down" size={14} />
                    </button>
                    <button
                      type="button"
                      className="sona-icon-button sona-icon-button--small"
                      aria-label={formatMessage(text.removeOption, { n })}
                      onClick={() => remove(index)}
                    >
                      <InspectorIcon name="close" size={14} />
                    </button>
                  </span>
                )}
              </div>
              {digitError || labelError ? (
                <FieldError id={errorId} message={(digitError ?? labelError) as string} />
              ) : null}
            </li>
          );
        })}
      </ol>
      {listError ? <FieldError id={`${id}-error`} message={listError} /> : null}
      {readOnly ? null : free ? (
        <button
          type="button"
          className="sona-button sona-button--small"
          onClick={() => append({ digit: free, label: formatMessage(text.newOptionLabel, { digit: free }) })}
        >
          <InspectorIcon name="add" size={14} />
          {text.addOption}
        </button>
      ) : (
        <p className="sona-inspector__empty-note">{text.allKeysUsed}</p>
      )}
    </div>
  );
}
