import * as Dialog from '@radix-ui/react-dialog';
import { isDesignerError, type Job, type JobInput } from '@sona-designer/core';
import { useRef, useState } from 'react';
import { ErrorIcon, SpinnerIcon } from '../icons/icons';
import { useDesigner, useMessages } from '../provider/DesignerContext';
import { useFocusReturn } from '../provider/useFocusReturn';
import { usePortalContainer } from '../provider/usePortalContainer';
import { DiscardConfirm } from '../shared/internal/DiscardConfirm';
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
  const [portalRef, container] = usePortalContainer();
  const messages = useMessages();
  const [confirming, setConfirming] = useState(false);
  const focusReturn = useFocusReturn();
  const changesRef = useRef<() => boolean>(() => false);

  const requestClose = () => {
    if (changesRef.current()) setConfirming(true);
    else onOpenChange(false);
  };

  return (
    <>
      <span hidden ref={portalRef} />
      {/* Mounted once the themed root is known, so the dialog never renders outside it first. */}
      {container ? (
        <Dialog.Root open={open} onOpenChange={(next) => (next ? onOpenChange(true) : requestClose())}>
          <Dialog.Portal container={container}>
            <Dialog.Overlay className="sona-modal-overlay" />
            <Dialog.Content
              className="sona-modal sona-job-editor"
              onCloseAutoFocus={focusReturn.onCloseAutoFocus}
              onOpenAutoFocus={(event) => {
                focusReturn.remember();
                // The form focuses its first field once the job is there; until then, the dialog itself.
                event.preventDefault();
                (event.currentTarget as HTMLElement | null)?.focus();
              }}
            >
              <EditorBody
                key={jobId ?? 'new'}
                jobId={jobId}
                initial={initial}
                container={container}
                changesRef={changesRef}
                onSaved={onSaved}
                onDone={() => {
                  changesRef.current = () => false;
                  onOpenChange(false);
                }}
                onCancel={requestClose}
              />
              <DiscardConfirm
                open={confirming}
                container={container}
                messages={messages.jobEditor}
                onKeep={() => setConfirming(false)}
                onDiscard={() => {
                  setConfirming(false);
                  changesRef.current = () => false;
                  onOpenChange(false);
                }}
              />
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      ) : null}
    </>
  );
}

interface EditorBodyProps {
  jobId: string | undefined;
  initial: Partial<JobInput> | undefined;
  container: HTMLElement | null;
  changesRef: React.RefObject<() => boolean>;
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
