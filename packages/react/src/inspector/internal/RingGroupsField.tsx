import { useId } from 'react';
import { Controller, type UseFormReturn, useFieldArray, useWatch } from 'react-hook-form';
import { formatMessage } from '../../i18n';
import { useMessages } from '../../state';
import { errorAt } from '../fieldErrors';
import type { RingUsersValues } from '../ringUsersSpec';
import { FieldError } from './FieldError';
import { InspectorIcon } from './InspectorIcon';

export interface RingGroupsFieldProps {
  form: UseFormReturn<RingUsersValues>;
  readOnly: boolean;
}

/** Custom groups: each has a name and some of the step's people; groups ring one after the other. */
export function RingGroupsField({ form, readOnly }: RingGroupsFieldProps) {
  const text = useMessages().inspector;
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'groups' });
  const targets = useWatch({ control: form.control, name: 'targets' }) ?? [];
  const { errors } = form.formState;
  const id = useId();

  return (
    <div className="sona-groups">
      {fields.length === 0 ? <p className="sona-inspector__empty-note">{text.noGroups}</p> : null}
      {fields.map((field, index) => {
        const n = index + 1;
        const nameError = errorAt(errors, `groups.${index}.name`);
        const nameId = `${id}-${field.id}-name`;
        return (
          <fieldset key={field.id} className="sona-group">
            <legend className="sona-visually-hidden">{formatMessage(text.groupMembers, { n })}</legend>
            <div className="sona-group__head">
              <span className="sona-group__number" aria-hidden="true">
                {n}
              </span>
              <input
                id={nameId}
                type="text"
                className="sona-input"
                autoComplete="off"
                aria-label={formatMessage(text.groupName, { n })}
                aria-invalid={nameError ? true : undefined}
                aria-describedby={nameError ? `${nameId}-error` : undefined}
                {...form.register(`groups.${index}.name`)}
              />
              {readOnly ? null : (
                <button
                  type="button"
                  className="sona-icon-button sona-icon-button--small"
                  aria-label={formatMessage(text.removeGroup, { n })}
                  onClick={() => remove(index)}
                >
                  <InspectorIcon name="close" size={14} />
                </button>
              )}
            </div>
            {nameError ? <FieldError id={`${nameId}-error`} message={nameError} /> : null}
            <Controller
              control={form.control}
              name={`groups.${index}.targetIds`}
              render={({ field: members }) => (
                <ul className="sona-group__members">
                  {targets.map((target) => (
                    <li key={target.id}>
                      <label className="sona-check">
                        <input
                          type="checkbox"
                          checked={members.value.includes(target.id)}
                          disabled={members.disabled}
                          onChange={(event) =>
                            members.onChange(
                              event.target.checked
                                ? [...members.value, target.id]
                                : members.value.filter((member) => member !== target.id),
                            )
                          }
                        />
                        <span>{target.name}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              )}
            />
          </fieldset>
        );
      })}
      {readOnly ? null : (
        <button
          type="button"
          className="sona-button sona-button--small"
          onClick={() =>
            append({ name: formatMessage(text.newGroupName, { n: fields.length + 1 }), targetIds: [] })
          }
        >
          <InspectorIcon name="add" size={14} />
          {text.addGroup}
        </button>
      )}
    </div>
  );
}
