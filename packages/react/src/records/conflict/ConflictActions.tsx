import { BusyButton } from '../editor/BusyButton';

/** The props of `ConflictActions`. */
export interface ConflictActionsProps {
  /** The merge is being saved: both buttons wait. */
  saving: boolean;
  /** "Edit before saving": takes the choices back to the form. */
  editLabel: string;
  /** "Save these choices". */
  saveLabel: string;
  /** "Saving…". */
  savingLabel: string;
  /** Takes the choices to the form. */
  onEdit(): void;
  /** Saves the choices. */
  onSave(): void;
}

/** The two ways out of a conflict view: edit the merge in the form, or save it as chosen. */
export function ConflictActions({
  saving,
  editLabel,
  saveLabel,
  savingLabel,
  onEdit,
  onSave,
}: ConflictActionsProps) {
  return (
    <>
      <button type="button" className="sona-button" disabled={saving} onClick={onEdit}>
        {editLabel}
      </button>
      <BusyButton label={saveLabel} busyLabel={savingLabel} busy={saving} onClick={onSave} />
    </>
  );
}
