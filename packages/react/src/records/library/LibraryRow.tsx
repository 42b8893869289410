import { memo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { LibraryMessages } from '../../i18n';
import { useDesigner } from '../../state';
import type { AnyRecordKind, RecordOf } from '../recordKind';
import { EditedAt } from './EditedAt';
import { RowActions } from './RowActions';
import { UsageSummary } from './UsageSummary';

/** The second column of a library row: what the record is about, on one line. */
export interface RowDetail {
  /** The column's key, which names its cell's class (`sona-library__cell--trigger`). */
  column: string;
  /** The line shown; empty for none. */
  text: string;
  /** The full text, as a tooltip. */
  title?: string;
  /** What an empty line says instead ("No trigger"). */
  none: string;
}

/** The props of `LibraryRow`. */
export interface LibraryRowProps<K extends AnyRecordKind> {
  /** The kind of record: its name and where the cache keeps its usage. */
  kind: K;
  /** The row's record. */
  record: RecordOf<K>;
  /** Created since the list loaded: a "New" badge. */
  isNew: boolean;
  /** The second column (stable: a module-level function). */
  detailOf(record: RecordOf<K>, text: LibraryMessages): RowDetail;
  /** Opens the editor on the record. */
  onEdit(record: RecordOf<K>): void;
  /** Asks to delete the record. */
  onDelete(record: RecordOf<K>): void;
  /** Asks for the usage of a row while it is on screen (batched); returns the cancel function. */
  requestUsage(id: string): () => void;
}

/** The cells of one library row: name, detail, usage, last edited, Edit and Delete. */
export const LibraryRow = memo(function LibraryRow<K extends AnyRecordKind>({
  kind,
  record,
  isNew,
  detailOf,
  onEdit,
  onDelete,
  requestUsage,
}: LibraryRowProps<K>) {
  const { messages, workspace } = useDesigner();
  const text = messages.library;
  const usage = useStore(workspace, (state) => kind.usageOf(state, record.id));
  const name = kind.nameOf(record);
  const detail = detailOf(record, text);
  return (
    <>
      <td className="sona-library__cell sona-library__cell--name">
        <span className="sona-library__name" title={name}>
          {name}
        </span>
        {isNew ? <span className="sona-library__badge">{text.newBadge}</span> : null}
      </td>
      <td className={`sona-library__cell sona-library__cell--${detail.column}`}>
        {detail.text ? (
          <span className="sona-library__clip" title={detail.title}>
            {detail.text}
          </span>
        ) : (
          <span className="sona-library__muted sona-library__none">{detail.none}</span>
        )}
      </td>
      <td className="sona-library__cell sona-library__cell--usage">
        <UsageSummary id={record.id} places={usage} request={requestUsage} />
      </td>
      <td className="sona-library__cell sona-library__cell--updated">
        <EditedAt iso={record.updatedAt} />
      </td>
      <RowActions name={name} onEdit={() => onEdit(record)} onDelete={() => onDelete(record)} />
    </>
  );
}) as <K extends AnyRecordKind>(props: LibraryRowProps<K>) => ReactNode;
