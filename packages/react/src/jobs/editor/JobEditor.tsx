import type { Job, JobInput } from '@sona-designer/core';
import { jobEditorEn, provideEnglish } from '../../i18n';
import { RecordLoadState, useRecordLoad } from '../../records';
import { useDesigner, useMessages } from '../../state';
import { EditorDialog } from '../../ui';
import { jobKind } from '../jobKind';
import { EditorHeader } from './internal/EditorHeader';
import { JobEditorForm, type JobEditorFormProps } from './internal/JobEditorForm';

// The editor's English texts come with its code, not with the package's first download.
provideEnglish('jobEditor', jobEditorEn);

/** Props of `JobEditor`: a controlled dialog that creates a job (no `jobId`) or edits one (`jobId`). */
export interface JobEditorProps {
  /** Whether the dialog is open (controlled). */
  open: boolean;
  /** Asks to open or close; closing with unsaved changes asks the person first. */
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

type EditorBodyProps = Omit<JobEditorFormProps, 'job'> & {
  /** The job to load and edit; undefined for a new job. */
  jobId: string | undefined;
};

function EditorBody({ jobId, initial, container, changesRef, onSaved, onDone, onCancel }: EditorBodyProps) {
  const { messages } = useDesigner();
  const text = messages.jobEditor;
  const { load, retry } = useRecordLoad(jobKind, jobId);

  if (load.status === 'ready') {
    return (
      <JobEditorForm
        job={load.record}
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
      <RecordLoadState
        load={load}
        block="sona-job-editor"
        actionsClassName="sona-job-editor__actions"
        text={{
          loading: text.loading,
          notFound: text.notFound,
          loadFailed: text.loadFailed,
          retry: text.retry,
          close: text.close,
        }}
        onRetry={retry}
        onClose={onCancel}
      />
    </>
  );
}
