import { formatMessage, formatNumber } from '../../i18n';
import { useDesigner } from '../../state';
import type { ChosenFile } from './importPhase';
import { fileSize } from './sizeText';

/** The props of `ImportProgress`. */
export interface ImportProgressProps {
  file: ChosenFile;
  /** Bytes read so far; null once the file is read and being checked. */
  loaded: number | null;
  onCancel(): void;
}

/** Reading a file (a bar with the share read) and then checking it (an indeterminate bar); both can be cancelled. */
export function ImportProgress({ file, loaded, onCancel }: ImportProgressProps) {
  const { messages, locale } = useDesigner();
  const text = messages.transfer;
  const percent =
    loaded === null || file.size === 0 ? null : Math.min(100, Math.floor((loaded / file.size) * 100));
  const label =
    loaded === null ? text.checking : formatMessage(text.reading, { file: `\u2068${file.name}\u2069` });
  return (
    <div className="sona-modal__body sona-import__body">
      <div className="sona-import__progress" role="status">
        <p className="sona-import__progress-label">{label}</p>
        <div
          className="sona-import__bar"
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={100}
          {...(percent === null ? { 'data-state': 'indeterminate' } : { 'aria-valuenow': percent })}
        >
          <span
            className="sona-import__bar-fill"
            style={percent === null ? undefined : { width: `${percent}%` }}
          />
        </div>
        {percent !== null ? (
          <p className="sona-import__hint">
            {formatMessage(text.readingProgress, {
              percent: formatNumber(locale, percent),
              size: fileSize(locale, file.size),
            })}
          </p>
        ) : null}
      </div>
      <div className="sona-library-dialog__footer">
        <button type="button" className="sona-button" data-autofocus onClick={onCancel}>
          {text.cancel}
        </button>
      </div>
    </div>
  );
}
