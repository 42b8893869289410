import type { JobTextField } from '@sona-designer/core';
import { useId, useMemo, useRef, useState } from 'react';
import { formatMessage } from '../../i18n/messages';
import { useMessages } from '../../provider/DesignerContext';
import { copyText } from '../../shared/copyText';
import type { Choice, FieldChange } from './conflictChoices';
import { type DiffLine, diffLines } from './lineDiff';

export interface ConflictFieldProps {
  field: JobTextField;
  theirs: string;
  yours: string;
  change: FieldChange;
  choice: Choice;
  onChoose(choice: Choice): void;
}

function Lines({ lines, empty }: { lines: DiffLine[]; empty: string }) {
  if (lines.length === 1 && lines[0]?.text === '') {
    return <span className="sona-job-conflict__empty">{empty}</span>;
  }
  return (
    <>
      {lines.map((line, index) => (
        <span
          // Lines have no identity but their place.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole, never reordered
          key={index}
          className="sona-job-conflict__line"
          data-changed={line.changed || undefined}
        >
          {line.text === '' ? '\u200b' : line.text}
        </span>
      ))}
    </>
  );
}

/** One field of the conflict view: theirs and yours side by side, the choice, and a way to copy yours. */
export function ConflictField({ field, theirs, yours, change, choice, onChoose }: ConflictFieldProps) {
  const text = useMessages().jobEditor;
  const id = useId();
  const label = text.fields[field];
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copyButton = useRef<HTMLButtonElement>(null);
  const diff = useMemo(() => diffLines(theirs, yours), [theirs, yours]);
  const differs = change !== 'same';
  const changeLabel = {
    same: text.sameInBoth,
    them: text.changedByThem,
    you: text.changedByYou,
    both: text.changedByBoth,
  }[change];

  const onCopy = async () => {
    const ok = await copyText(yours, copyButton.current?.parentElement ?? null);
    setCopy(ok ? 'copied' : 'failed');
  };

  return (
    <section
      className="sona-job-conflict__field"
      data-differs={differs || undefined}
      aria-labelledby={`${id}-label`}
    >
      <div className="sona-job-conflict__field-header">
        <h4 id={`${id}-label`} className="sona-job-conflict__field-label">
          {label}
        </h4>
        <span className="sona-job-conflict__change" data-change={change}>
          {changeLabel}
        </span>
        {differs ? (
          <fieldset className="sona-job-conflict__choice">
            <legend className="sona-visually-hidden">
              {formatMessage(text.choiceLegend, { field: label })}
            </legend>
            {(['theirs', 'yours'] as const).map((option) => (
              <label key={option} className="sona-job-conflict__option">
                <input
                  type="radio"
                  name={`${id}-choice`}
                  value={option}
                  checked={choice === option}
                  onChange={() => onChoose(option)}
                />
                <span>{option === 'theirs' ? text.keepTheirs : text.takeYours}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
      </div>
      {differs ? (
        <div className="sona-job-conflict__sides">
          <div className="sona-job-conflict__side" data-chosen={choice === 'theirs' || undefined}>
            <div className="sona-job-conflict__side-header">
              <p id={`${id}-theirs`} className="sona-job-conflict__side-label">
                {text.theirs}
              </p>
            </div>
            <div className="sona-job-conflict__text">
              <Lines lines={diff.theirs} empty={text.empty} />
            </div>
          </div>
          <div className="sona-job-conflict__side" data-chosen={choice === 'yours' || undefined}>
            <div className="sona-job-conflict__side-header">
              <p id={`${id}-yours`} className="sona-job-conflict__side-label">
                {text.yours}
              </p>
              <button
                ref={copyButton}
                type="button"
                className="sona-button sona-job-conflict__copy"
                onClick={onCopy}
                aria-describedby={`${id}-label`}
              >
                {text.copyYours}
              </button>
              <span className="sona-job-conflict__copy-status" role="status">
                {copy === 'copied' ? text.copied : copy === 'failed' ? text.copyFailed : ''}
              </span>
            </div>
            <div className="sona-job-conflict__text">
              <Lines lines={diff.yours} empty={text.empty} />
            </div>
          </div>
        </div>
      ) : (
        <div className="sona-job-conflict__text sona-job-conflict__text--same">
          <Lines lines={diff.theirs} empty={text.empty} />
        </div>
      )}
    </section>
  );
}
