import type { KnowledgeInput, KnowledgePage } from '@sona-designer/core';
import { type RefObject, useCallback, useId, useRef } from 'react';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { formatMessage, type LibraryMessages } from '../../../i18n';
import {
  BusyButton,
  ConflictActions,
  type ConflictFieldText,
  RecordConflictView,
  useRecordSave,
} from '../../../records';
import { useDesigner } from '../../../state';
import { ErrorIcon } from '../../../ui';
import { KNOWLEDGE_FIELDS, knowledgeKind } from '../../knowledgeKind';
import { EditorNote } from './EditorNote';
import { KnowledgeFields } from './KnowledgeFields';
import { fieldError, fieldLabel, type KnowledgeValues } from './knowledgeValues';

export interface KnowledgeFormProps {
  /** The page as loaded; null for a new page. */
  page: KnowledgePage | null;
  /** A new page's starting text. */
  initial: Partial<KnowledgeInput> | undefined;
  /** The id of the note that describes the dialog. */
  descriptionId: string;
  /** Tells the dialog whether closing now would lose something. */
  changesRef: RefObject<() => boolean>;
  /** After the page is stored. */
  onSaved: ((page: KnowledgePage) => void) | undefined;
  /** Closes the dialog after a save. */
  onDone(): void;
  /** Asks to close (the dialog confirms when there are changes). */
  onCancel(): void;
}

/** The knowledge editor's wording for a field changed by both sides. */
function conflictText(text: LibraryMessages): ConflictFieldText {
  return {
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
  };
}

/**
 * The form of the knowledge editor and its saving: a stale save (CONFLICT) shows theirs and yours field by field;
 * a failed save keeps the text and offers Retry; a page deleted meanwhile can be saved as a new one.
 */
export function KnowledgeForm({
  page,
  initial,
  descriptionId,
  changesRef,
  onSaved,
  onDone,
  onCancel,
}: KnowledgeFormProps) {
  const { messages, locale, readOnly } = useDesigner();
  const text = messages.library;
  const idPrefix = useId();
  const textRef = useRef({ text, locale });
  textRef.current = { text, locale };
  const resolver = useCallback<Resolver<KnowledgeValues>>((values) => {
    const errors: FieldErrors<KnowledgeValues> = {};
    for (const field of KNOWLEDGE_FIELDS) {
      const message = fieldError(field, values[field], textRef.current.text, textRef.current.locale);
      if (message) errors[field] = { type: 'validate', message };
    }
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
  }, []);
  const editor = useRecordSave({
    kind: knowledgeKind,
    record: page,
    initial,
    resolver,
    focusRefusedField: true,
    onSaved: (saved) => {
      onSaved?.(saved);
      onDone();
    },
  });
  const { form, base, status, conflict } = editor;
  const saving = status.kind === 'saving';
  // Values the adapter refused field by field: the fields say why, the footer stays as it was.
  const failure = status.kind === 'failed' && status.reason !== 'invalid' ? status.reason : null;

  changesRef.current = () => !readOnly && editor.hasChanges();

  const submit = form.handleSubmit((values) => {
    if (readOnly) return;
    // Nothing changed: nothing to store.
    if (editor.unchanged(values)) onDone();
    else void editor.save(values);
  });

  /** Back to the form with the choices, where the person goes on with the content. */
  const editMerge = () => {
    editor.keepMerge();
    requestAnimationFrame(() => form.setFocus('content'));
  };

  return (
    <form className="sona-knowledge-editor__form" onSubmit={submit} noValidate>
      <div className="sona-knowledge-editor__scroll">
        <EditorNote pageId={base?.id} descriptionId={descriptionId} />
        {conflict ? (
          <RecordConflictView
            conflict={conflict}
            fields={KNOWLEDGE_FIELDS}
            labelOf={(field) => fieldLabel(field, text)}
            text={conflictText(text)}
            title={text.conflictTitle}
            body={(time) => formatMessage(text.conflictBody, { time })}
            block="sona-knowledge-editor"
            className="sona-knowledge-conflict"
            toneMark="attribute"
            onChoose={editor.choose}
          />
        ) : null}
        {/* Hidden, not unmounted, during a conflict: what was typed stays in the fields. */}
        <div hidden={conflict !== null}>
          <KnowledgeFields
            idPrefix={idPrefix}
            register={form.register}
            control={form.control}
            errors={form.formState.errors}
            readOnly={readOnly}
          />
        </div>
      </div>
      <div className="sona-knowledge-editor__footer">
        <div className="sona-knowledge-editor__status">
          {failure ? (
            <p className="sona-knowledge-editor__failure" role="alert">
              <ErrorIcon />
              <span>{failure === 'deleted' ? text.pageGone : text.saveFailed}</span>
            </p>
          ) : null}
        </div>
        <div className="sona-library-dialog__footer">
          {conflict ? (
            <ConflictActions
              saving={saving}
              editLabel={text.conflictEdit}
              saveLabel={text.conflictSave}
              savingLabel={text.saving}
              onEdit={editMerge}
              onSave={() => {
                void editor.saveMerge().then((outcome) => {
                  // A choice over the limit goes back to the form, where the error says what to do.
                  if (outcome === 'invalid') requestAnimationFrame(() => form.setFocus('content'));
                });
              }}
            />
          ) : (
            <>
              <button type="button" className="sona-button" disabled={saving} onClick={onCancel}>
                {readOnly ? text.close : text.cancel}
              </button>
              {readOnly ? null : failure === 'deleted' ? (
                <button
                  type="button"
                  className="sona-button sona-button--primary"
                  onClick={() => void form.handleSubmit((values) => editor.saveAsNew(values))()}
                >
                  {text.saveAsNew}
                </button>
              ) : failure ? (
                <button type="submit" className="sona-button sona-button--primary">
                  {text.retry}
                </button>
              ) : (
                <BusyButton type="submit" label={text.savePage} busyLabel={text.saving} busy={saving} />
              )}
            </>
          )}
        </div>
      </div>
    </form>
  );
}
