import { useId, useMemo, useRef, useState } from 'react';
import { formatMessage } from '../../i18n/messages';
import { useMessages } from '../../provider/DesignerContext';
import { copyText } from '../../shared/copyText';
import { type Choice, type FieldChange, type MarkedLine, markLines } from './conflictChoices';

export interface ConflictFieldProps {
  label: string;
  theirs: string;
  yours: string;
  change: FieldChange;
  choice: Choice;
  onChoose(choice: Choice): void;
}

function Lines({ lines, empty }: { lines: MarkedLine[]; empty: string }) {
  if (lines.length === 1 && lines[0]?.text === '') {
    return <span className="sona-knowledge-conflict__empty">{empty}</span>;
  }
  return (
    <>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place; never reordered.
        <span key={index} className="sona-knowledge-conflict__line" data-changed={line.changed || undefined}>
          {line.text === '' ? '\u200b' : line.text}
        </span>
      ))}
    </>
  );
}

function Side({
  id,
  fieldId,
  label,
  copyLabel,
  value,
  lines,
  chosen,
}: {
  id: string;
  fieldId: string;
  label: string;
  copyLabel: string;
  value: string;
  lines: MarkedLine[];
  chosen: boolean;
}) {
  const text = useMessages().library;
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div className="sona-knowledge-conflict__side" data-chosen={chosen || undefined}>
      <div className="sona-knowledge-conflict__side-header">
        <p id={id} className="sona-knowledge-conflict__side-label">
          {label}
        </p>
        <span className="sona-knowledge-conflict__copy-status" role="status">
          {copy === 'copied' ? text.copied : copy === 'failed' ? text.copyFailed : ''}
        </span>
        <button
          ref={button}
          type="button"
          className="sona-button sona-library__small"
          aria-describedby={fieldId}
          onClick={async () => {
            const ok = await copyText(value, button.current?.parentElement ?? null);
            setCopy(ok ? 'copied' : 'failed');
          }}
        >
          {copyLabel}
        </button>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a long page scrolls, so the keyboard must reach the box. */}
      <section className="sona-knowledge-conflict__text" tabIndex={0} aria-labelledby={`${fieldId} ${id}`}>
        <Lines lines={lines} empty={text.emptyText} />
      </section>
    </div>
  );
}

/** One field of the conflict view: theirs and yours side by side, who changed it, the choice, and Copy on each side. */
export function ConflictField({ label, theirs, yours, change, choice, onChoose }: ConflictFieldProps) {
  const text = useMessages().library;
  const id = useId();
  const lines = useMemo(() => markLines(theirs, yours), [theirs, yours]);
  const differs = change !== 'same';
  const changeLabel = {
    same: text.conflictSame,
    them: text.changedByThem,
    you: text.changedByYou,
    both: text.changedByBoth,
  }[change];

  return (
    <section
      className="sona-knowledge-conflict__field"
      data-differs={differs || undefined}
      aria-labelledby={`${id}-label`}
    >
      <div className="sona-knowledge-conflict__field-header">
        <h4 id={`${id}-label`} className="sona-knowledge-conflict__field-label">
          {label}
        </h4>
        <span className="sona-knowledge-conflict__change" data-change={change}>
          {changeLabel}
        </span>
        {differs ? (
          <fieldset className="sona-knowledge-conflict__choice">
            <legend className="sona-visually-hidden">
              {formatMessage(text.choiceLegend, { field: label })}
            </legend>
            {(['theirs', 'yours'] as const).map((option) => (
              <label key={option} className="sona-knowledge-conflict__option">
                <input
                  type="radio"
                  name={`${id}-choice`}
                  value={option}
                  checked={choice === option}
                  onChange={() => onChoose(option)}
                />
                <span>{option === 'theirs' ? text.takeTheirs : text.keepMine}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
      </div>
      {differs ? (
        <div className="sona-knowledge-conflict__sides">
          <Side
            id={`${id}-theirs`}
            fieldId={`${id}-label`}
            label={text.conflictTheirs}
            copyLabel={text.copyTheirs}
            value={theirs}
            lines={lines.theirs}
            chosen={choice === 'theirs'}
          />
          <Side
            id={`${id}-yours`}
            fieldId={`${id}-label`}
            label={text.conflictYours}
            copyLabel={text.copyYours}
            value={yours}
            lines={lines.yours}
            chosen={choice === 'yours'}
          />
        </div>
      ) : (
        <div className="sona-knowledge-conflict__text sona-knowledge-conflict__text--same">
          <Lines lines={lines.theirs.map((line) => ({ ...line, changed: false }))} empty={text.emptyText} />
        </div>
      )}
    </section>
  );
}
