import type { ImportMode, ImportPreview, PreviewGroup, PreviewRecord } from '@sona-designer/core/io';
import { useId } from 'react';
import { formatMessage, formatNumber, type TransferMessages } from '../../i18n';
import { useDesigner } from '../../state';
import { ErrorIcon, InfoIcon, WarningIcon } from '../../ui';
import type { ReadyFile } from './importPhase';
import { namesText } from './listText';
import { fileDate, fileSize } from './sizeText';

/** The props of `ImportPreviewStep`. */
export interface ImportPreviewStepProps {
  file: ReadyFile;
  mode: ImportMode;
  preview: ImportPreview;
  /** The import is running: controls are disabled. */
  busy: boolean;
  /** Why the last try failed, if it did (nothing changed). */
  failure: string | null;
  onModeChange(mode: ImportMode): void;
  onSubmit(): void;
  onCancel(): void;
}

type KindKey = 'jobs' | 'knowledge' | 'callFlows' | 'callSummaries' | 'testCases';

const KINDS: [KindKey, keyof TransferMessages][] = [
  ['jobs', 'kindJobs'],
  ['knowledge', 'kindKnowledge'],
  ['callFlows', 'kindCallFlows'],
  ['callSummaries', 'kindCallSummaries'],
  ['testCases', 'kindTestCases'],
];

/** The lines that name records, worst first: what is deleted, then overwritten, then copied under a new id. */
const NAME_LINES = [
  ['removed', 'danger', 'willBeDeleted'],
  ['replaced', 'warning', 'willBeReplaced'],
  ['remapped', 'info', 'willBeCopied'],
] as const;

const hasChanges = (group: PreviewGroup) =>
  group.added.length + group.replaced.length + group.remapped.length + group.removed.length > 0;

/** What the file is, how to import it, and what that would change, kind by kind, before anything changes. */
export function ImportPreviewStep(props: ImportPreviewStepProps) {
  const { file, mode, preview, busy, failure } = props;
  const { messages, locale } = useDesigner();
  const text = messages.transfer;
  const modeName = useId();
  const count = (value: number) => (value === 0 ? '—' : formatNumber(locale, value));
  const date = fileDate(locale, file.info.exportedAt);
  const summary =
    file.info.kind === 'call-flow'
      ? formatMessage(text.fileCallFlow, { name: `\u2068${file.flowName ?? ''}\u2069`, date })
      : formatMessage(text.fileWorkspace, { date });
  const changes = KINDS.some(([key]) => hasChanges(preview[key]));
  const callTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const recordText = (record: PreviewRecord) => {
    const at = record.at ? new Date(record.at) : null;
    const when = at && !Number.isNaN(at.getTime()) ? callTime.format(at) : record.at;
    return when ? `${record.label || '—'} (${when})` : record.label;
  };

  const nameLines = KINDS.flatMap(([key, label]) =>
    NAME_LINES.filter(([list]) => preview[key][list].length > 0).map(([list, tone, message]) => ({
      key: `${key}-${tone}`,
      tone,
      text: `${text[label] as string} · ${formatMessage(text[message], {
        names: namesText(locale, text, preview[key][list].map(recordText)),
      })}`,
    })),
  );

  return (
    <form
      className="sona-modal__body sona-import__body"
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) props.onSubmit();
      }}
    >
      <div className="sona-import__file">
        <bdi className="sona-import__file-name">{file.name}</bdi>
        <span className="sona-import__file-meta">
          {summary} · {fileSize(locale, file.size)}
        </span>
        {file.migratedFrom !== null ? (
          <span className="sona-import__file-meta">
            {formatMessage(text.migrated, { version: file.migratedFrom })}
          </span>
        ) : null}
      </div>

      <fieldset className="sona-import__modes" disabled={busy}>
        <legend className="sona-import__legend">{text.modeLabel}</legend>
        {(['merge', 'replace'] as const).map((option) => (
          <label
            key={option}
            className="sona-import__mode"
            data-state={mode === option ? 'checked' : 'unchecked'}
          >
            <input
              type="radio"
              name={modeName}
              value={option}
              checked={mode === option}
              {...(option === mode ? { 'data-autofocus': true } : {})}
              onChange={() => props.onModeChange(option)}
            />
            <span className="sona-import__mode-text">
              <span className="sona-import__mode-title">
                {option === 'merge' ? text.modeMerge : text.modeReplace}
              </span>
              <span className="sona-import__mode-hint">
                {option === 'merge' ? text.modeMergeHint : text.modeReplaceHint}
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      <section className="sona-import__preview" aria-label={text.previewHeading}>
        <h3 className="sona-import__heading">{text.previewHeading}</h3>
        <table className="sona-import__table" aria-label={text.previewTableLabel}>
          <thead>
            <tr>
              <th scope="col">{text.columnKind}</th>
              <th scope="col">{text.columnInFile}</th>
              <th scope="col">{text.columnAdded}</th>
              {mode === 'merge' ? (
                <th scope="col">{text.columnCopies}</th>
              ) : (
                <>
                  <th scope="col">{text.columnReplaced}</th>
                  <th scope="col">{text.columnRemoved}</th>
                </>
              )}
              <th scope="col">{text.columnUnchanged}</th>
            </tr>
          </thead>
          <tbody>
            {KINDS.map(([key, label]) => {
              const group = preview[key];
              return (
                <tr key={key}>
                  <th scope="row">{text[label] as string}</th>
                  <td>{count(group.inFile)}</td>
                  <td>{count(group.added.length)}</td>
                  {mode === 'merge' ? (
                    <td>{count(group.remapped.length)}</td>
                  ) : (
                    <>
                      <td data-tone={group.replaced.length > 0 ? 'warning' : undefined}>
                        {count(group.replaced.length)}
                      </td>
                      <td data-tone={group.removed.length > 0 ? 'danger' : undefined}>
                        {count(group.removed.length)}
                      </td>
                    </>
                  )}
                  <td>{count(group.unchanged)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {changes ? (
          nameLines.length > 0 ? (
            <ul className="sona-import__names">
              {nameLines.map((line) => (
                <li key={line.key} className="sona-import__name-line" data-tone={line.tone}>
                  {line.tone === 'info' ? <InfoIcon /> : <WarningIcon />}
                  <span>{line.text}</span>
                </li>
              ))}
            </ul>
          ) : null
        ) : (
          <p className="sona-import__hint">{text.nothingChanges}</p>
        )}
      </section>

      {failure ? (
        <p className="sona-import__notice" data-tone="error" role="alert">
          <ErrorIcon />
          <span>{formatMessage(text.importFailed, { message: failure })}</span>
        </p>
      ) : null}

      <div className="sona-library-dialog__footer">
        <button type="button" className="sona-button" disabled={busy} onClick={props.onCancel}>
          {text.cancel}
        </button>
        <button
          type="submit"
          className={
            mode === 'replace' && preview.destructive
              ? 'sona-button sona-library__danger'
              : 'sona-button sona-button--primary'
          }
          aria-disabled={busy || undefined}
          aria-busy={busy || undefined}
        >
          {busy ? <span className="sona-spinner" aria-hidden="true" /> : null}
          {busy
            ? text.importing
            : failure
              ? text.retry
              : mode === 'replace'
                ? text.replaceAction
                : text.importAction}
        </button>
      </div>
    </form>
  );
}
