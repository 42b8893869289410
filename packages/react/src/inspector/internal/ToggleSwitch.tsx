import { useId } from 'react';

export interface ToggleSwitchProps {
  label: string;
  hint?: string;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean | undefined;
  /** Visible state words, e.g. "On" / "Off". */
  onText: string;
  offText: string;
}

/** An on/off switch (role="switch") with its label and hint beside it. */
export function ToggleSwitch({
  label,
  hint,
  checked,
  onChange,
  disabled,
  onText,
  offText,
}: ToggleSwitchProps) {
  const id = useId();
  return (
    <div className="sona-switch-field">
      <div className="sona-switch-field__text">
        <label id={`${id}-label`} className="sona-field__label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="sona-field__hint">
            {hint}
          </p>
        ) : null}
      </div>
      <button
        id={id}
        type="button"
        role="switch"
        className="sona-switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={hint ? `${id}-hint` : undefined}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span className="sona-switch__track" aria-hidden="true">
          <span className="sona-switch__thumb" />
        </span>
        <span className="sona-switch__state" aria-hidden="true">
          {checked ? onText : offText}
        </span>
      </button>
    </div>
  );
}
