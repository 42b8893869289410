import type { KnowledgePage } from '@sona-designer/core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatMessage } from '../../../i18n';
import { ConflictField } from '../../../records';
import { useDesigner } from '../../../state';
import { WarningIcon } from '../../../ui';
import { type Choice, defaultChoices, fieldChange, mergeChoices } from './conflictChoices';
import { fieldLabel, KNOWLEDGE_FIELDS, type KnowledgeField, type KnowledgeValues } from './knowledgeValues';

export interface KnowledgeConflictProps {
  /** The version the editor started from; null for a page created meanwhile. */
  base: KnowledgePage | null;
  /** The version stored now (from the CONFLICT error). */
  theirs: KnowledgePage;
  yours: KnowledgeValues;
  /** Called with the choices whenever they change, so the footer can save them. */
  onMerged(merged: KnowledgeValues): void;
}

/** A stale save: theirs and yours field by field, a choice for each field that differs. Nothing typed is dropped. */
export function KnowledgeConflict({ base, theirs, yours, onMerged }: KnowledgeConflictProps) {
  const { messages, locale } = useDesigner();
  const text = messages.library;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [choices, setChoices] = useState(() => defaultChoices(base, theirs, yours));
  const changes = useMemo(
    () =>
      Object.fromEntries(
        KNOWLEDGE_FIELDS.map((field) => [field, fieldChange(field, base, theirs, yours)]),
      ) as Record<KnowledgeField, ReturnType<typeof fieldChange>>,
    [base, theirs, yours],
  );
  const savedAt = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(theirs.updatedAt));
  const onMergedRef = useRef(onMerged);
  onMergedRef.current = onMerged;

  useEffect(() => {
    onMergedRef.current(mergeChoices(theirs, yours, choices));
  }, [theirs, yours, choices]);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const choose = (field: KnowledgeField, choice: Choice) =>
    setChoices((current) => ({ ...current, [field]: choice }));

  return (
    <section className="sona-knowledge-conflict" aria-labelledby={headingId}>
      <div className="sona-knowledge-editor__notice" data-tone="warning">
        <span className="sona-knowledge-editor__warning-icon">
          <WarningIcon />
        </span>
        <div>
          <h3 id={headingId} ref={heading} tabIndex={-1} className="sona-knowledge-editor__notice-title">
            {text.conflictTitle}
          </h3>
          <p className="sona-knowledge-editor__notice-body">
            {formatMessage(text.conflictBody, { time: savedAt })}
          </p>
        </div>
      </div>
      {KNOWLEDGE_FIELDS.map((field) => (
        <ConflictField
          key={field}
          label={fieldLabel(field, text)}
          text={{
            theirs: text.conflictTheirs,
            yours: text.conflictYours,
            same: text.conflictSame,
            changedByThem: text.changedByThem,
            changedByYou: text.changedByYou,
            changedByBoth: text.changedByBoth,
            keepTheirs: text.takeTheirs,
            keepYours: text.keepMine,
            choiceLegend: text.choiceLegend,
            copyTheirs: text.copyTheirs,
            copyYours: text.copyYours,
            copied: text.copied,
            copyFailed: text.copyFailed,
            empty: text.emptyText,
          }}
          theirs={theirs[field]}
          yours={yours[field]}
          change={changes[field]}
          choice={choices[field]}
          onChoose={(choice) => choose(field, choice)}
        />
      ))}
    </section>
  );
}
