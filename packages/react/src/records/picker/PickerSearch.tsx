import { type KeyboardEvent, type Ref, type RefObject, useEffect, useImperativeHandle, useRef } from 'react';
import { JobsIcon } from '../../ui';

/** What a picker can do with its search box. */
export interface PickerSearchHandle {
  /** Empties the box and reports the empty query at once. */
  clear(): void;
}

/** The props of `PickerSearch`. */
export interface PickerSearchProps {
  /** The input's id. */
  id: string;
  /** The box's accessible name. */
  label: string;
  placeholder: string;
  /** Hears the trimmed text once typing pauses for `delayMs`, and an empty one at once (clearing is instant). */
  onQueryChange(query: string): void;
  /** The pause in typing that reports the query. */
  delayMs: number;
  /** Shows a spinner while results for the typed text load. */
  busy: boolean;
  /** The input, which the dialog focuses. */
  inputRef: RefObject<HTMLInputElement | null>;
  /** Keys pressed in the box (Down arrow to the list). */
  onKeyDown?(event: KeyboardEvent<HTMLInputElement>): void;
  /** Clears the box from outside. */
  ref?: Ref<PickerSearchHandle>;
}

/**
 * The search box of the job and knowledge pickers (the dialog focuses it when it opens). The typed text stays in the
 * input (uncontrolled), so a key press renders nothing: the dialog hears the query once typing pauses.
 */
export function PickerSearch({
  id,
  label,
  placeholder,
  onQueryChange,
  delayMs,
  busy,
  inputRef,
  onKeyDown,
  ref,
}: PickerSearchProps) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const report = useRef(onQueryChange);
  report.current = onQueryChange;

  useEffect(() => () => clearTimeout(timer.current), []);

  function change(value: string) {
    clearTimeout(timer.current);
    const query = value.trim();
    if (query === '') report.current('');
    else timer.current = setTimeout(() => report.current(query), delayMs);
  }

  useImperativeHandle(ref, () => ({
    clear() {
      if (inputRef.current) inputRef.current.value = '';
      change('');
    },
  }));

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
        defaultValue=""
        onChange={(event) => change(event.target.value)}
        {...(onKeyDown ? { onKeyDown } : {})}
      />
      {busy ? <span className="sona-spinner" aria-hidden="true" /> : null}
    </div>
  );
}
