import type { ReactNode } from 'react';
import { formatMessage, provideEnglish, transferEn } from '../i18n';
import { useMessages } from '../state';
import { DownloadIcon, ErrorIcon, withClassName } from '../ui';
import type { ExportState } from './useExportAction';

// Every transfer surface (the export buttons, Export and import, the import dialog) shows this button: its texts come
// with it rather than with the package's first download.
provideEnglish('transfer', transferEn);

/** The props of `ExportButton`. */
export interface ExportButtonProps {
  state: ExportState;
  onClick(): void;
  /** The button's text. */
  label: ReactNode;
  /** The accessible name and tooltip when the text alone is short ("Export"). */
  title?: string;
  className?: string | undefined;
}

/** A download button with its busy state, a failure with a retry, and a spoken "Downloaded …" once done. */
export function ExportButton({ state, onClick, label, title, className }: ExportButtonProps) {
  const text = useMessages().transfer;
  const busy = state.status === 'busy';
  return (
    <span className={withClassName('sona-export', className)}>
      <button
        type="button"
        className="sona-button"
        onClick={onClick}
        aria-disabled={busy || undefined}
        aria-busy={busy || undefined}
        {...(title ? { title, 'aria-label': title } : {})}
      >
        {busy ? <span className="sona-spinner" aria-hidden="true" /> : <DownloadIcon />}
        {busy ? text.exporting : label}
      </button>
      {state.status === 'failed' ? (
        <span className="sona-export__failed" role="alert">
          <ErrorIcon />
          <span>{formatMessage(text.exportFailed, { message: state.message })}</span>
          <button type="button" className="sona-link-button" onClick={onClick}>
            {text.retry}
          </button>
        </span>
      ) : null}
      <span className="sona-visually-hidden" role="status">
        {state.status === 'idle' && state.lastFile
          ? formatMessage(text.exported, { file: state.lastFile })
          : ''}
      </span>
    </span>
  );
}
