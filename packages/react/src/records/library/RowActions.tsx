import { formatMessage } from '../../i18n';
import { useDesigner } from '../../state';
import { EditIcon, TrashIcon } from '../../ui';

/** The props of `RowActions`. */
export interface RowActionsProps {
  /** The row's name, for "Edit Take a message". */
  name: string;
  /** Opens the editor on the row (View when read-only). */
  onEdit(): void;
  /** Asks to delete the row. */
  onDelete(): void;
}

/** Edit and Delete of one row; View only when the designer is read-only. */
export function RowActions({ name, onEdit, onDelete }: RowActionsProps) {
  const { messages, readOnly } = useDesigner();
  const text = messages.library;
  return (
    <td className="sona-library__cell sona-library__cell--actions">
      <button
        type="button"
        className="sona-button sona-library__small"
        aria-label={formatMessage(readOnly ? text.viewNamed : text.editNamed, { name })}
        onClick={onEdit}
      >
        {readOnly ? null : <EditIcon />}
        {readOnly ? text.view : text.edit}
      </button>
      {readOnly ? null : (
        <button
          type="button"
          className="sona-button sona-library__small sona-library__delete"
          aria-label={formatMessage(text.deleteNamed, { name })}
          onClick={onDelete}
        >
          <TrashIcon />
          {text.delete}
        </button>
      )}
    </td>
  );
}
