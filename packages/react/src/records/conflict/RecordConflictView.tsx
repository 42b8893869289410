import { useId } from 'react';
import { useDesigner } from '../../state';
import type { SaveConflict } from '../editor/useRecordSave';
import { WarningNotice } from '../editor/WarningNotice';
import type { RecordValues, VersionedRecord } from '../recordKind';
import { ConflictField, type ConflictFieldText } from './ConflictField';
import type { Choice } from './conflictChoices';

/** The props of `RecordConflictView`. */
export interface RecordConflictViewProps<F extends string> {
  /** The save hook's conflict: both versions and the choices. */
  conflict: SaveConflict<VersionedRecord & RecordValues<F>, F>;
  /** The fields to compare, in order. */
  fields: readonly F[];
  /** A field's label ("Instructions"). */
  labelOf(field: F): string;
  /** The wording of each field's comparison. */
  text: ConflictFieldText;
  /** "Someone else changed this job". */
  title: string;
  /** The explanation, given the time their version was saved ("10:42"). */
  body(savedAt: string): string;
  /** The editor's class block (`sona-job-editor`): the warning's parts take their classes from it. */
  block: string;
  /** The class of the view itself. */
  className: string;
  /** How the block's stylesheet marks the warning: a `--warning` modifier class or a `data-tone` attribute. */
  toneMark: 'modifier' | 'attribute';
  /** Picks the version of one field. */
  onChoose(field: F, choice: Choice): void;
}

/**
 * A stale save: a warning that someone saved first (focused, so it is read at once), then theirs and yours field by
 * field with a choice for each field that differs. Nothing typed is dropped: each side can be copied.
 */
export function RecordConflictView<F extends string>({
  conflict,
  fields,
  labelOf,
  text,
  title,
  body,
  block,
  className,
  toneMark,
  onChoose,
}: RecordConflictViewProps<F>) {
  const { locale } = useDesigner();
  const headingId = useId();
  const savedAt = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(
    new Date(conflict.theirs.updatedAt),
  );

  return (
    <section className={className} aria-labelledby={headingId}>
      <WarningNotice block={block} toneMark={toneMark} headingId={headingId} title={title}>
        <p className={`${block}__notice-body`}>{body(savedAt)}</p>
      </WarningNotice>
      {fields.map((field) => (
        <ConflictField
          key={field}
          label={labelOf(field)}
          text={text}
          theirs={conflict.theirs[field]}
          yours={conflict.yours[field]}
          change={conflict.changes[field]}
          choice={conflict.choices[field]}
          onChoose={(choice) => onChoose(field, choice)}
        />
      ))}
    </section>
  );
}
