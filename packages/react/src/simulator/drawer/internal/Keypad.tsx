import { type KeyboardEvent, type RefObject, useId } from 'react';
import { formatMessage } from '../../../i18n';
import { useDesigner } from '../../../state';

export const KEYPAD_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

export interface KeypadProps {
  /** The menu's options, by digit, shown under their key. */
  options: Readonly<Record<string, string>>;
  onPress(key: string): void;
  /** The first key, focused when the keypad appears. */
  firstKeyRef: RefObject<HTMLButtonElement | null>;
}

/** The phone keypad the caller presses at a phone menu: 0–9, * and #, by click or by typing them. */
export function Keypad({ options, onPress, firstKeyRef }: KeypadProps) {
  const text = useDesigner().messages.simulator.flowCall;
  const id = useId();
  function onKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if ((KEYPAD_KEYS as readonly string[]).includes(event.key)) {
      event.preventDefault();
      onPress(event.key);
    }
  }
  return (
    <fieldset className="sona-flow-call__keypad" aria-describedby={`${id}-hint`} onKeyDown={onKeyDown}>
      <legend className="sona-flow-call__keypad-title">{text.keypadTitle}</legend>
      <div className="sona-flow-call__keys">
        {KEYPAD_KEYS.map((key, index) => (
          <div key={key} className="sona-flow-call__key-cell">
            <button
              ref={index === 0 ? firstKeyRef : undefined}
              type="button"
              className="sona-flow-call__key"
              aria-label={formatMessage(text.pressKey, { key })}
              aria-describedby={options[key] ? `${id}-option-${index}` : undefined}
              data-option={options[key] ? true : undefined}
              // The label under the key is cut to the key's width: the whole of it on hover.
              title={options[key]}
              onClick={() => onPress(key)}
            >
              {key}
            </button>
            {options[key] ? (
              // The option's label describes its key (read after "Press 1"), under it as on a printed menu.
              <bdi id={`${id}-option-${index}`} className="sona-flow-call__option" aria-hidden="true">
                {options[key]}
              </bdi>
            ) : null}
          </div>
        ))}
      </div>
      <p id={`${id}-hint`} className="sona-simulator__hint">
        {text.keypadHint}
      </p>
    </fieldset>
  );
}
