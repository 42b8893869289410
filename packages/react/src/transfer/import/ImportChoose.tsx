import { type DragEvent, useId, useRef, useState } from 'react';
import { formatMessage } from '../../i18n';
import { useDesigner } from '../../state';
import { ErrorIcon, UploadIcon } from '../../ui';
import type { FileNotice } from './importPhase';
import { megabytes } from './sizeText';

/** The props of `ImportChoose`. */
export interface ImportChooseProps {
  /** Why the last file was turned away, if it was. */
  notice: FileNotice | null;
  /** The largest file accepted, in bytes. */
  maxBytes: number;
  onChoose(file: File): void;
}

/** The first step: drop a file on the zone or choose one; a file turned away says why, in words. */
export function ImportChoose({ notice, maxBytes, onChoose }: ImportChooseProps) {
  const { messages, locale } = useDesigner();
  const text = messages.transfer;
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const hintId = useId();

  const noticeText =
    notice?.kind === 'tooLarge'
      ? formatMessage(text.tooLarge, {
          size: megabytes(locale, notice.size),
          max: megabytes(locale, maxBytes),
        })
      : notice?.kind === 'unreadable'
        ? formatMessage(text.unreadable, { message: notice.message })
        : notice?.kind === 'compareFailed'
          ? formatMessage(text.compareFailed, { message: notice.message })
          : notice?.kind === 'notJson'
            ? text.notJsonFile
            : null;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onChoose(file);
  };

  return (
    <div className="sona-modal__body sona-import__body">
      {/* The zone is a drop target for pointer users; its button is the way in for everyone else. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: only drag and drop; the button inside is the keyboard way. */}
      <div
        className="sona-import__drop"
        data-state={dragging ? 'dragging' : 'idle'}
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => event.preventDefault()}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <span className="sona-import__drop-icon">
          <UploadIcon />
        </span>
        <p className="sona-import__drop-title">{text.dropHere}</p>
        <button
          type="button"
          className="sona-button sona-button--primary"
          data-autofocus
          aria-describedby={hintId}
          onClick={() => input.current?.click()}
        >
          {text.chooseFile}
        </button>
        <p id={hintId} className="sona-import__hint">
          {formatMessage(text.fileLimit, { max: megabytes(locale, maxBytes) })}
        </p>
        <input
          ref={input}
          className="sona-visually-hidden"
          type="file"
          accept=".json,application/json"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared, so choosing the same file again (after fixing it) is a change too.
            event.currentTarget.value = '';
            if (file) onChoose(file);
          }}
        />
      </div>
      {noticeText ? (
        <p className="sona-import__notice" data-tone="error" role="alert">
          <ErrorIcon />
          <span>{noticeText}</span>
        </p>
      ) : null}
    </div>
  );
}
