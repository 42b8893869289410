import type { Job } from '@sona-designer/core';
import { formatMessage, isolate } from '../../i18n';
import type { TeachStatus } from '../../jobs';
import { useDesigner } from '../../state';
import { SpinnerIcon } from '../../ui';

/** Props of `TeachFromTest`. */
export interface TeachFromTestProps {
  /** The job the test expected, attached to the step that answered the turn. */
  job: Job;
  /** What the last teach from this check did, if anything. */
  status: TeachStatus | null;
  /** A teach or an Undo is being saved. */
  busy: boolean;
  onTeach(): void;
  onUndo(): void;
}

/**
 * Under a failing "job fires" check: teaches the expected job the caller's sentence at that turn (it joins the job's
 * trigger, saved with its version), after which the suite runs the test again by itself; Undo takes it back. It stays
 * after the check passes, so Undo stays at hand.
 */
export function TeachFromTest({ job, status, busy, onTeach, onUndo }: TeachFromTestProps) {
  const text = useDesigner().messages.simulator.tests;
  const name = isolate(job.name);

  if (status?.kind === 'taught') {
    return (
      <span className="sona-tests__teach" role="status">
        {formatMessage(text.taught, { job: name })}
        <button type="button" className="sona-text-button" disabled={busy} onClick={onUndo}>
          {text.teachUndo}
        </button>
      </span>
    );
  }
  return (
    <span className="sona-tests__teach">
      <button type="button" className="sona-button sona-button--small" disabled={busy} onClick={onTeach}>
        {busy ? <SpinnerIcon /> : null}
        {formatMessage(text.teachJob, { job: job.name })}
      </button>
      {status?.kind === 'undone' ? (
        <span role="status">{formatMessage(text.teachUndone, { job: name })}</span>
      ) : null}
      {status?.kind === 'error' ? <span role="alert">{status.message}</span> : null}
    </span>
  );
}
