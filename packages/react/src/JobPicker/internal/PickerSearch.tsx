import type { KeyboardEvent, Ref } from 'react';
import { JobsIcon } from './icons';

export interface PickerSearchProps {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onChange(value: string): void;
  /** Shows a spinner while results for the typed text load. */
  busy: boolean;
  inputRef: Ref<HTMLInputElement>;
  onKeyDown?(event: KeyboardEvent<HTMLInputElement>): void;
}

/** The search box of the job and knowledge pickers (the dialog focuses it when it opens). */
export function PickerSearch({
  id,
  label,
  placeholder,
  value,
  onChange,
  busy,
  inputRef,
  onKeyDown,
}: PickerSearchProps) {
  return (
    <div className="sona-job-picker__search">
      <label htmlFor={id} className="sona-visually-hidden">
        {label}
      </label>
      <JobsIcon name="search" />
      <input
        ref={inputRef}
        id={id}
        type="search"
        className="sona-input"
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...(onKeyDown ? { onKeyDown } : {})}
      />
      {busy ? <span className="sona-spinner" aria-hidden="true" /> : null}
    </div>
  );
}
