import { isDesignerError } from '@sona-designer/core';
import { ErrorIcon, SpinnerIcon } from '../../ui';

/** The props of `RecordLoadState`. */
export interface RecordLoadStateProps {
  /** Loading, or failed with the adapter's error. */
  load: { status: 'loading' } | { status: 'error'; error: unknown };
  /** The editor's class block (`sona-job-editor`): the parts take their classes from it. */
  block: string;
  /** The class of the box around the Close button. */
  actionsClassName: string;
  /** An id for the message, when the dialog is described by it. */
  messageId?: string;
  /** The words of each state, in the editor's catalogue. */
  text: {
    loading: string;
    /** The record is gone: nothing to retry. */
    notFound: string;
    loadFailed: string;
    retry: string;
    close: string;
  };
  /** Loads the record again. */
  onRetry(): void;
  /** Closes the editor. */
  onClose(): void;
}

/** What an editor shows until its record is loaded: a spinner, or why it failed with Retry; and Close. */
export function RecordLoadState({
  load,
  block,
  actionsClassName,
  messageId,
  text,
  onRetry,
  onClose,
}: RecordLoadStateProps) {
  const notFound = load.status === 'error' && isDesignerError(load.error, 'NOT_FOUND');
  return (
    <>
      <div className={`${block}__scroll ${block}__placeholder`}>
        {load.status === 'loading' ? (
          <p id={messageId} className={`${block}__loading`} role="status">
            <SpinnerIcon />
            {text.loading}
          </p>
        ) : (
          <div id={messageId} className={`${block}__failure`} role="alert">
            <ErrorIcon />
            <span>{notFound ? text.notFound : text.loadFailed}</span>
            {notFound ? null : (
              <button type="button" className="sona-button" onClick={onRetry}>
                {text.retry}
              </button>
            )}
          </div>
        )}
      </div>
      <div className={`${block}__footer`}>
        <span />
        <div className={actionsClassName}>
          <button type="button" className="sona-button" onClick={onClose}>
            {text.close}
          </button>
        </div>
      </div>
    </>
  );
}
