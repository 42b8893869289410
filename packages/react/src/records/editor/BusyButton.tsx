import type { RefObject } from 'react';
import { SpinnerIcon } from '../../ui';

/** The props of `BusyButton`. */
export interface BusyButtonProps {
  /** What the button does ("Save page"). */
  label: string;
  /** What it says while its work runs ("Saving…"). */
  busyLabel: string;
  /** The work runs: a spinner, `busyLabel`, and the button waits. */
  busy: boolean;
  /** `submit` to submit the form around it; a plain button by default. */
  type?: 'button' | 'submit';
  /** Runs the work (a submit button needs none). */
  onClick?(): void;
  /** The button element, for focus. */
  ref?: RefObject<HTMLButtonElement | null>;
}

/** The primary button of an editor's step (save, save these choices, save and apply), with its busy state. */
export function BusyButton({ label, busyLabel, busy, type = 'button', onClick, ref }: BusyButtonProps) {
  return (
    <button
      ref={ref}
      type={type}
      className="sona-button sona-button--primary"
      disabled={busy}
      aria-busy={busy || undefined}
      {...(onClick ? { onClick } : {})}
    >
      {busy ? <SpinnerIcon /> : null}
      {busy ? busyLabel : label}
    </button>
  );
}
