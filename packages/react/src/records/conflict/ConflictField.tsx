import { useId, useMemo, useRef, useState } from 'react';
import { formatMessage } from '../../i18n';
import { copyText } from '../../ui';
import type { Choice, FieldChange } from './conflictChoices';
import { type DiffLine, diffLines } from './lineDiff';

/** The words of a conflict field, in the catalogue of the editor that shows it. */
export interface ConflictFieldText {
  /** The label of their side ("Theirs"). */
  theirs: string;
  /** The label of your side. */
  yours: string;
  /** A field both versions hold alike. */
  same: string;
  /** Only they changed the field. */
  changedByThem: string;
  /** Only you changed it. */
  changedByYou: string;
  /** You both changed it. */
  changedByBoth: string;
  /** The choice of their version. */
  keepTheirs: string;
  /** The choice of yours. */
  keepYours: string;
  /** With `{field}`. */
  choiceLegend: string;
  /** Copies their text. */
  copyTheirs: string;
  /** Copies your text. */
  copyYours: string;
  /** Said once a text is copied. */
  copied: string;
  /** Said when the clipboard refused. */
  copyFailed: string;
  /** Shown for an empty text. */
  empty: string;
}

/** The props of `ConflictField`. */
export interface ConflictFieldProps {
  /** The field's label ("Instructions"). */
  label: string;
  /** Their stored text. */
  theirs: string;
  /** Your text, as typed. */
  yours: string;
  /** Who changed the field since the edit started. */
  change: FieldChange;
  /** The version the merge keeps. */
  choice: Choice;
  /** Picks the version to keep. */
  onChoose(choice: Choice): void;
  /** The words, in the editor's catalogue. */
  text: ConflictFieldText;
}

function Lines({ lines, empty }: { lines: DiffLine[]; empty: string }) {
  if (lines.length === 1 && lines[0]?.text === '') {
    return <span className="sona-conflict__empty">{empty}</span>;
  }
  return (
    <>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place; never reordered.
        <span key={index} className="sona-conflict__line" data-changed={line.changed || undefined}>
          {line.text === '' ? '\u200b' : line.text}
        </span>
      ))}
    </>
  );
}

interface SideProps {
  id: string;
  fieldId: string;
  label: string;
  copyLabel: string;
  value: string;
  lines: DiffLine[];
  chosen: boolean;
  text: ConflictFieldText;
}

function Side({ id, fieldId, label, copyLabel, value, lines, chosen, text }: SideProps) {
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div className="sona-conflict__side" data-chosen={chosen || undefined}>
      <div className="sona-conflict__side-header">
        <p id={id} className="sona-conflict__side-label">
          {label}
        </p>
        <span className="sona-conflict__copy-status" role="status">
          {copy === 'copied' ? text.copied : copy === 'failed' ? text.copyFailed : ''}
        </span>
        <button
          ref={button}
          type="button"
          className="sona-button sona-conflict__copy"
          aria-describedby={fieldId}
          onClick={async () => {
            const ok = await copyText(value, button.current?.parentElement ?? null);
            setCopy(ok ? 'copied' : 'failed');
          }}
        >
          {copyLabel}
        </button>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a long text scrolls, so the keyboard must reach the box. */}
      <section className="sona-conflict__text" tabIndex={0} aria-labelledby={`${fieldId} ${id}`}>
        <Lines lines={lines} empty={text.empty} />
      </section>
    </div>
  );
}

/**
 * One field of a conflict view (job or knowledge editor): theirs and yours side by side with the differing lines
 * marked, who changed it, the choice, and Copy on each side so no text is ever lost.
 */
export function ConflictField({ label, theirs, yours, change, choice, onChoose, text }: ConflictFieldProps) {
  const id = useId();
  const lines = useMemo(() => diffLines(theirs, yours), [theirs, yours]);
  const differs = change !== 'same';
  const changeLabel = {
    same: text.same,
    them: text.changedByThem,
    you: text.changedByYou,
    both: text.changedByBoth,
  }[change];

  return (
    <section
      className="sona-conflict__field"
      data-differs={differs || undefined}
      aria-labelledby={`${id}-label`}
    >
      <div className="sona-conflict__field-header">
        <h4 id={`${id}-label`} className="sona-conflict__field-label">
          {label}
        </h4>
        <span className="sona-conflict__change" data-change={change}>
          {changeLabel}
        </span>
        {differs ? (
          <fieldset className="sona-conflict__choice">
            <legend className="sona-visually-hidden">
              {formatMessage(text.choiceLegend, { field: label })}
            </legend>
            {(['theirs', 'yours'] as const).map((option) => (
              <label key={option} className="sona-conflict__option">
                <input
                  type="radio"
                  name={`${id}-choice`}
                  value={option}
                  checked={choice === option}
                  onChange={() => onChoose(option)}
                />
                <span>{option === 'theirs' ? text.keepTheirs : text.keepYours}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
      </div>
      {differs ? (
        <div className="sona-conflict__sides">
          <Side
            id={`${id}-theirs`}
            fieldId={`${id}-label`}
            label={text.theirs}
            copyLabel={text.copyTheirs}
            value={theirs}
            lines={lines.theirs}
            chosen={choice === 'theirs'}
            text={text}
          />
          <Side
            id={`${id}-yours`}
            fieldId={`${id}-label`}
            label={text.yours}
            copyLabel={text.copyYours}
            value={yours}
            lines={lines.yours}
            chosen={choice === 'yours'}
            text={text}
          />
        </div>
      ) : (
        <div className="sona-conflict__text sona-conflict__text--same">
          <Lines lines={lines.theirs.map((line) => ({ ...line, changed: false }))} empty={text.empty} />
        </div>
      )}
    </section>
  );
}
