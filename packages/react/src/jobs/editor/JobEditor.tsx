import { isDesignerError, type Job, type JobInput } from '@sona-designer/core';
import type { RefObject } from 'react';
import { useDesigner, useMessages } from '../../state';
import { EditorDialog, ErrorIcon, SpinnerIcon } from '../../ui';
import { EditorHeader } from './internal/EditorHeader';
import { JobEditorForm } from './internal/JobEditorForm';
import { useJobLoader } from './internal/useJobLoader';

export interface JobEditorProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** Edits this job of the workspace (loaded from the adapter when the editor opens). */
  jobId?: string;
  /** A new job's starting text, e.g. from a template (`templateToJobInput`). Ignored with `jobId`. */
  initial?: Partial<JobInput>;
  /** After the job is stored (created or updated); the editor then closes. */
  onSaved?(job: Job): void;
}

/**
 * The job editor dialog ("New job" / "Edit job"): name, description, trigger and instructions with live counters,
 * actions inserted from a menu, the places an edit applies to before it is saved, a conflict view when someone saved
 * first, and a confirmation before closing with unsaved changes. Saved jobs go to the workspace cache.
 */
export function JobEditor({ open, onOpenChange, jobId, initial, onSaved }: JobEditorProps) {
  const messages = useMessages();
  return (
    <EditorDialog
      open={open}
      onOpenChange={onOpenChange}
      className="sona-job-editor"
      discardMessages={messages.jobEditor}
    >
      {(body) => (
        <EditorBody key={jobId ?? 'new'} jobId={jobId} initial={initial} onSaved={onSaved} {...body} />
      )}
    </EditorDialog>
  );
}

interface EditorBodyProps {
  jobId: string | undefined;
  initial: Partial<JobInput> | undefined;
  container: HTMLElement | null;
  changesRef: RefObject<() => boolean>;
  onSaved: ((job: Job) => void) | undefined;
  onDone(): void;
  onCancel(): void;
}

function EditorBody({ jobId, initial, container, changesRef, onSaved, onDone, onCancel }: EditorBodyProps) {
  const { messages } = useDesigner();
  const text = messages.jobEditor;
  const { load, retry } = useJobLoader(jobId);

  if (load.status === 'ready') {
    return (
      <JobEditorForm
        job={load.job}
        initial={initial}
        container={container}
        changesRef={changesRef}
        onSaved={onSaved}
        onDone={onDone}
        onCancel={onCancel}
      />
    );
  }

  return (
    <>
      <EditorHeader mode="edit" />
      <div className="sona-job-editor__scroll sona-job-editor__placeholder">
        {load.status === 'loading' ? (
          <p className="sona-job-editor__loading" role="status">
            <SpinnerIcon />
            {text.loading}
          </p>
        ) : (
          <div className="sona-job-editor__failure" role="alert">
            <ErrorIcon />
            <span>{isDesignerError(load.error, 'NOT_FOUND') ? text.notFound : text.loadFailed}</span>
            {isDesignerError(load.error, 'NOT_FOUND') ? null : (
              <button type="button" className="sona-button" onClick={retry}>
                {text.retry}
              </button>
            )}
          </div>
        )}
      </div>
      <div className="sona-job-editor__footer">
        <span />
        <div className="sona-job-editor__actions">
          <button type="button" className="sona-button" onClick={onCancel}>
            {text.close}
          </button>
        </div>
      </div>
    </>
  );
}
