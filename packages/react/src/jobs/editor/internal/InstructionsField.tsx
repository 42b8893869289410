import { useMemo, useRef, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { formatMessage } from '../../../i18n';
import { useMessages } from '../../../state';
import { WarningIcon } from '../../../ui';
import { instructionWarnings } from './fieldMessages';
import { InsertActionPopover } from './InsertActionPopover';
import { insertOnOwnLine, lineRange } from './insertLine';
import { JobTextField } from './JobTextField';

export interface InstructionsFieldProps {
  id: string;
  value: string;
  error: string | undefined;
  registration: UseFormRegisterReturn;
  readOnly: boolean;
  container: HTMLElement | null;
  /** Writes the new instructions to the form. */
  onChange(next: string): void;
}

/** The instructions: a tall editor, the Insert action menu, and warnings about actions that cannot work. */
export function InstructionsField({
  id,
  value,
  error,
  registration,
  readOnly,
  container,
  onChange,
}: InstructionsFieldProps) {
  const text = useMessages().jobEditor;
  const area = useRef<HTMLTextAreaElement | null>(null);
  /** The caret is only meaningful once the person has been in the field; before that, actions go at the end. */
  const visited = useRef(false);
  const caret = useRef(0);
  const [announcement, setAnnouncement] = useState('');
  const warnings = useMemo(() => instructionWarnings(value, text), [value, text]);

  const insert = (token: string) => {
    const node = area.current;
    const current = node?.value ?? value;
    const start = visited.current && node ? node.selectionStart : current.length;
    const end = visited.current && node ? node.selectionEnd : current.length;
    const result = insertOnOwnLine(current, start, end, token);
    onChange(result.text);
    caret.current = result.caret;
    setAnnouncement(formatMessage(text.actionInserted, { line: result.line }));
  };

  const focusAt = (start: number, end = start) => {
    const node = area.current;
    if (!node) return;
    node.focus();
    node.setSelectionRange(start, end);
    visited.current = true;
  };

  const goToLine = (line: number) => {
    const range = lineRange(area.current?.value ?? value, line);
    focusAt(range.start, range.end);
  };

  return (
    <JobTextField
      field="instructions"
      id={id}
      value={value}
      error={error}
      registration={{
        ...registration,
        onBlur: (event) => {
          visited.current = true;
          return registration.onBlur(event);
        },
      }}
      readOnly={readOnly}
      rows={14}
      className="sona-job-editor__field--instructions"
      describedBy={warnings.length > 0 ? `${id}-warnings` : undefined}
      controlRef={(node) => {
        area.current = node;
      }}
      toolbar={
        readOnly ? null : (
          <InsertActionPopover
            container={container}
            onInsert={insert}
            onInserted={() => focusAt(caret.current)}
          />
        )
      }
      below={
        <>
          {warnings.length > 0 ? (
            <div id={`${id}-warnings`} className="sona-job-editor__warnings">
              <p className="sona-job-editor__warnings-label">
                <WarningIcon />
                {text.warningsLabel}
              </p>
              <ul>
                {warnings.map((warning) => (
                  <li key={`${warning.line}-${warning.message}`}>
                    <span>{warning.message}</span>{' '}
                    <button
                      type="button"
                      className="sona-job-editor__link"
                      onClick={() => goToLine(warning.line)}
                    >
                      {formatMessage(text.showLine, { line: warning.line })}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <p className="sona-visually-hidden" role="status">
            {announcement}
          </p>
        </>
      }
    />
  );
}
