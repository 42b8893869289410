import { JOB_TEXT_FIELDS, type Job, type JobTextField } from '@sona-designer/core';
import { formatMessage } from '../../../i18n';
import { type Choice, ConflictActions, RecordConflictView, type SaveConflict } from '../../../records';
import { useMessages } from '../../../state';
import { conflictFieldText } from './conflictFieldText';

export interface ConflictViewProps {
  /** The save hook's conflict: their version, yours, and the choices. */
  conflict: SaveConflict<Job, JobTextField>;
  /** The merge is being saved. */
  saving: boolean;
  onChoose(field: JobTextField, choice: Choice): void;
  /** Back to the form with the choices, over their version. */
  onEdit(): void;
  /** Saves the choices over their version. */
  onSave(): void;
}

/** A stale save of a job: theirs and yours field by field, a choice for each field that differs, then save the merge. */
export function ConflictView({ conflict, saving, onChoose, onEdit, onSave }: ConflictViewProps) {
  const text = useMessages().jobEditor;
  return (
    <>
      <RecordConflictView
        conflict={conflict}
        fields={JOB_TEXT_FIELDS}
        labelOf={(field) => text.fields[field]}
        text={conflictFieldText(text)}
        title={text.conflictTitle}
        body={(time) => `${text.conflictBody} ${formatMessage(text.conflictSavedAt, { time })}`}
        block="sona-job-editor"
        className="sona-job-editor__scroll sona-job-conflict"
        toneMark="modifier"
        onChoose={onChoose}
      />
      <div className="sona-job-editor__footer">
        <div className="sona-job-editor__actions">
          <ConflictActions
            saving={saving}
            editLabel={text.conflictEdit}
            saveLabel={text.conflictSave}
            savingLabel={text.saving}
            onEdit={onEdit}
            onSave={onSave}
          />
        </div>
      </div>
    </>
  );
}
