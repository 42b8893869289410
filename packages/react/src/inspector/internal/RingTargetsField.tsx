import { graphemeLength } from '@sona-designer/core';
import { type KeyboardEvent, useId, useState } from 'react';
import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import { formatMessage } from '../../i18n';
import { useMessages } from '../../state';
import { errorAt } from '../fieldErrors';
import { type RingUsersValues, targetId } from '../ringUsersSpec';
import { FieldError } from './FieldError';
import { InspectorIcon } from './InspectorIcon';

export interface RingTargetsFieldProps {
  form: UseFormReturn<RingUsersValues>;
  readOnly: boolean;
}

const NAME_MAX = 100;

/** The people to ring: a list of names with Remove, and a box to add someone by name. */
export function RingTargetsField({ form, readOnly }: RingTargetsFieldProps) {
  const text = useMessages().inspector;
  // `key` leaves each target's own `id` alone.
  const { fields, append, remove } = useFieldArray({
    control: form.control,
    name: 'targets',
    keyName: 'key',
  });
  const [name, setName] = useState('');
  const inputId = useId();
  const { errors } = form.formState;
  const trimmed = name.trim();
  const canAdd = trimmed.length > 0 && graphemeLength(trimmed) <= NAME_MAX;

  function add() {
    if (!canAdd) return;
    const taken = new Set(form.getValues('targets').map((target) => target.id));
    append({ id: targetId(trimmed, taken), name: trimmed });
    setName('');
  }

  function removeAt(index: number) {
    const id = form.getValues(`targets.${index}.id`);
    const groups = form.getValues('groups');
    // A removed person leaves every group too.
    if (groups.some((group) => group.targetIds.includes(id))) {
      form.setValue(
        'groups',
        groups.map((group) => ({ ...group, targetIds: group.targetIds.filter((member) => member !== id) })),
      );
    }
    remove(index);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  }

  return (
    <div className="sona-targets">
      {fields.length === 0 ? (
        <p className="sona-inspector__empty-note">{text.noTargets}</p>
      ) : (
        <ul className="sona-targets__list">
          {fields.map((field, index) => {
            const error = errorAt(errors, `targets.${index}.name`);
            return (
              <li key={field.key} className="sona-targets__item">
                <span className="sona-targets__avatar" aria-hidden="true">
                  {field.name.trim().charAt(0).toUpperCase()}
                </span>
                <span className="sona-targets__name">{field.name}</span>
                {readOnly ? null : (
                  <button
                    type="button"
                    className="sona-icon-button sona-icon-button--small"
                    aria-label={formatMessage(text.removeTarget, { name: field.name })}
                    onClick={() => removeAt(index)}
                  >
                    <InspectorIcon name="close" size={14} />
                  </button>
                )}
                {error ? <FieldError id={`${inputId}-${field.key}`} message={error} /> : null}
              </li>
            );
          })}
        </ul>
      )}
      {readOnly ? null : (
        <div className="sona-targets__add">
          <label className="sona-visually-hidden" htmlFor={inputId}>
            {text.newTargetName}
          </label>
          <input
            id={inputId}
            className="sona-input"
            type="text"
            autoComplete="off"
            placeholder={text.newTargetPlaceholder}
            maxLength={NAME_MAX * 4}
            value={name}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="button" className="sona-button sona-button--small" disabled={!canAdd} onClick={add}>
            <InspectorIcon name="add" size={14} />
            {text.addTarget}
          </button>
        </div>
      )}
    </div>
  );
}
