import { JOB_TEXT_FIELDS, type Job, type JobTextField } from '@sona-designer/core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatMessage } from '../../../i18n';
import { ConflictField } from '../../../records';
import { useDesigner } from '../../../state';
import { SpinnerIcon, WarningIcon } from '../../../ui';
import { type Choice, defaultChoices, fieldChange, mergeChoices } from './conflictChoices';
import { conflictFieldText } from './conflictFieldText';
import type { JobValues } from './jobValues';

export interface ConflictViewProps {
  /** The version this editor started from. */
  base: Job;
  /** The version stored now (from the CONFLICT error). */
  theirs: Job;
  yours: JobValues;
  saving: boolean;
  onSave(merged: JobValues): void;
  onEdit(merged: JobValues): void;
}

/** A stale save: theirs and yours field by field, a choice for each field that differs, then save the merge. */
export function ConflictView({ base, theirs, yours, saving, onSave, onEdit }: ConflictViewProps) {
  const { messages, locale } = useDesigner();
  const text = messages.jobEditor;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [choices, setChoices] = useState(() => defaultChoices(base, theirs, yours));
  const changes = useMemo(
    () =>
      Object.fromEntries(
        JOB_TEXT_FIELDS.map((field) => [field, fieldChange(field, base, theirs, yours)]),
      ) as Record<JobTextField, ReturnType<typeof fieldChange>>,
    [base, theirs, yours],
  );
  const savedAt = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(theirs.updatedAt));
  const merged = () => mergeChoices(theirs, yours, choices);
  const choose = (field: JobTextField, choice: Choice) =>
    setChoices((current) => ({ ...current, [field]: choice }));

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const conflictText = conflictFieldText(text);

  return (
    <>
      <section className="sona-job-editor__scroll sona-job-conflict" aria-labelledby={headingId}>
        <div className="sona-job-editor__notice sona-job-editor__notice--warning">
          <span className="sona-job-editor__warning-icon">
            <WarningIcon />
          </span>
          <div>
            <h3 id={headingId} ref={heading} tabIndex={-1} className="sona-job-editor__notice-title">
              {text.conflictTitle}
            </h3>
            <p className="sona-job-editor__notice-body">
              {text.conflictBody} {formatMessage(text.conflictSavedAt, { time: savedAt })}
            </p>
          </div>
        </div>
        {JOB_TEXT_FIELDS.map((field) => (
          <ConflictField
            key={field}
            label={text.fields[field]}
            text={conflictText}
            theirs={theirs[field]}
            yours={yours[field]}
            change={changes[field]}
            choice={choices[field]}
            onChoose={(choice) => choose(field, choice)}
          />
        ))}
      </section>
      <div className="sona-job-editor__footer">
        <div className="sona-job-editor__actions">
          <button type="button" className="sona-button" disabled={saving} onClick={() => onEdit(merged())}>
            {text.conflictEdit}
          </button>
          <button
            type="button"
            className="sona-button sona-button--primary"
            disabled={saving}
            aria-busy={saving || undefined}
            onClick={() => onSave(merged())}
          >
            {saving ? <SpinnerIcon /> : null}
            {saving ? text.saving : text.conflictSave}
          </button>
        </div>
      </div>
    </>
  );
}
