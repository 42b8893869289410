import type { Job } from '@sona-designer/core';
import type { RouteResult } from '@sona-designer/core/routing';
import { formatMessage, isolate } from '../../../i18n';
import type { TeachStatus } from '../../../jobs';
import { useDesigner } from '../../../state';

/** Props of `TeachStatusLine`. */
export interface TeachStatusLineProps {
  status: TeachStatus;
  /** The sentence's routing now, with the taught trigger: says whether the job fires. */
  result: RouteResult | null;
  jobsById: Readonly<Record<string, Job>>;
  busy: boolean;
  onUndo(job: Job): void;
}

/**
 * What teaching did, in a status region: the job fires now (or still does not, and what to do), with Undo; or why
 * the job was not changed.
 */
export function TeachStatusLine({ status, result, jobsById, busy, onUndo }: TeachStatusLineProps) {
  const { messages } = useDesigner();
  const text = messages.teach;
  if (status.kind === 'error') {
    return (
      <p className="sona-sandbox__teach-status" role="alert" data-kind="error">
        {status.message}
      </p>
    );
  }
  const job = jobsById[status.jobId];
  const name = isolate(job?.name ?? messages.sandbox.deletedJob);
  if (status.kind === 'undone') {
    return (
      <p className="sona-sandbox__teach-status" role="status">
        {formatMessage(text.undone, { job: name })}
      </p>
    );
  }
  const fires = result?.jobId === status.jobId;
  return (
    <p className="sona-sandbox__teach-status" role="status" data-kind={fires ? 'fires' : 'still-not'}>
      <span>{formatMessage(fires ? text.taughtFires : text.taughtStillNot, { job: name })}</span>
      {job ? (
        <button type="button" className="sona-text-button" disabled={busy} onClick={() => onUndo(job)}>
          {text.undo}
        </button>
      ) : null}
    </p>
  );
}
