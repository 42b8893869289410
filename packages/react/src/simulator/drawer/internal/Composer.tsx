import { type RefObject, useId } from 'react';
import { useDesigner } from '../../../state';
import { SimulatorIcon } from './icons';

export interface ComposerProps {
  value: string;
  onChange(value: string): void;
  onSend(): void;
  canSend: boolean;
  inputRef: RefObject<HTMLTextAreaElement | null>;
}

/** What the caller says: Enter sends, Shift+Enter starts a new line. */
export function Composer({ value, onChange, onSend, canSend, inputRef }: ComposerProps) {
  const text = useDesigner().messages.simulator;
  const id = useId();
  const ready = canSend && value.trim() !== '';
  return (
    <form
      className="sona-simulator__composer"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) onSend();
      }}
    >
      <label className="sona-simulator__label" htmlFor={`${id}-message`}>
        {text.callerMessage}
      </label>
      <div className="sona-simulator__compose-row">
        <textarea
          ref={inputRef}
          id={`${id}-message`}
          className="sona-simulator__input"
          rows={2}
          value={value}
          placeholder={text.callerPlaceholder}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
            event.preventDefault();
            if (ready) onSend();
          }}
        />
        <button type="submit" className="sona-button sona-button--primary" disabled={!ready}>
          <SimulatorIcon name="send" />
          {text.send}
        </button>
      </div>
      <p id={`${id}-hint`} className="sona-simulator__hint">
        {text.composerHint}
      </p>
    </form>
  );
}
