import * as Popover from '@radix-ui/react-popover';
import { formatAction, type JobAction, PhoneNumberSchema } from '@sona-designer/core';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { ActionKind } from '../../../i18n';
import { useMessages } from '../../../state';

const KINDS: readonly ActionKind[] = ['sms', 'member', 'inbox', 'number'];

export interface InsertActionPopoverProps {
  container: HTMLElement | null;
  /** Inserts the token at the cursor of the instructions. */
  onInsert(token: string): void;
  /** Where focus goes after inserting (the instructions). */
  onInserted(): void;
}

function toAction(kind: ActionKind, value: string): JobAction {
  return kind === 'sms'
    ? { type: 'sms', message: value }
    : { type: 'transfer', target: kind, destination: value };
}

/** "Insert action": choose SMS or a transfer, write the text or destination, insert the token at the cursor. */
export function InsertActionPopover({ container, onInsert, onInserted }: InsertActionPopoverProps) {
  const text = useMessages().jobEditor;
  const id = useId();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<ActionKind>('sms');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inserted = useRef(false);
  const input = useRef<HTMLInputElement>(null);

  const reset = (next: boolean) => {
    setOpen(next);
    if (next) {
      setValue('');
      setError(null);
    }
  };

  const submit = (event: FormEvent) => {
    // The popover is portalled, but React still bubbles its submit to the editor's form.
    event.preventDefault();
    event.stopPropagation();
    const trimmed = value.trim();
    let destination = trimmed;
    if (trimmed === '') return fail(text.actionEmpty[kind]);
    if (/[[\]]/.test(trimmed)) return fail(text.actionBracket);
    if (kind === 'number') {
      const parsed = PhoneNumberSchema.safeParse(trimmed);
      if (!parsed.success) return fail(text.actionNumber);
      destination = parsed.data;
    }
    inserted.current = true;
    onInsert(formatAction(toAction(kind, destination)));
    setOpen(false);
  };

  const fail = (message: string) => {
    setError(message);
    input.current?.focus();
  };

  const transfer = kind !== 'sms';

  return (
    <Popover.Root open={open} onOpenChange={reset}>
      <Popover.Trigger asChild>
        <button type="button" className="sona-button sona-job-editor__insert">
          <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
            <path
              d="M10 4v12M4 10h12"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
            />
          </svg>
          {text.insertAction}
        </button>
      </Popover.Trigger>
      <Popover.Portal container={container}>
        <Popover.Content
          className="sona-job-action"
          align="end"
          sideOffset={6}
          collisionPadding={12}
          aria-labelledby={`${id}-title`}
          onCloseAutoFocus={(event) => {
            if (!inserted.current) return;
            inserted.current = false;
            event.preventDefault();
            onInserted();
          }}
        >
          <form onSubmit={submit} noValidate>
            <h3 id={`${id}-title`} className="sona-job-action__title">
              {text.insertActionTitle}
            </h3>
            <fieldset className="sona-job-action__kinds">
              <legend className="sona-visually-hidden">{text.actionKindLegend}</legend>
              {KINDS.map((option) => (
                <label key={option} className="sona-job-action__kind">
                  <input
                    type="radio"
                    name={`${id}-kind`}
                    value={option}
                    checked={kind === option}
                    onChange={() => {
                      setKind(option);
                      setError(null);
                    }}
                  />
                  <span>{text.actionKinds[option]}</span>
                </label>
              ))}
            </fieldset>
            <div className="sona-job-action__field">
              <label htmlFor={`${id}-value`} className="sona-job-editor__label">
                {text.actionInputs[kind]}
              </label>
              <input
                ref={input}
                id={`${id}-value`}
                className="sona-job-editor__control"
                type={kind === 'number' ? 'tel' : 'text'}
                autoComplete="off"
                value={value}
                placeholder={text.actionPlaceholders[kind]}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${error ? `${id}-error ` : ''}${id}-hint`}
                onChange={(event) => {
                  setValue(event.target.value);
                  setError(null);
                }}
              />
              {error ? (
                <p id={`${id}-error`} className="sona-job-editor__error">
                  {error}
                </p>
              ) : null}
              <p id={`${id}-hint`} className="sona-job-action__hint" data-transfer={transfer || undefined}>
                {transfer ? text.actionHints.transfer : text.actionHints.sms}
              </p>
            </div>
            <div className="sona-job-editor__actions">
              <Popover.Close className="sona-button">{text.cancel}</Popover.Close>
              <button type="submit" className="sona-button sona-button--primary">
                {text.insert}
              </button>
            </div>
          </form>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
