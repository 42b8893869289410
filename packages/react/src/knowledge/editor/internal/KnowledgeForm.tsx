import { isDesignerError, type KnowledgeInput, type KnowledgePage } from '@sona-designer/core';
import { type RefObject, useCallback, useEffect, useId, useRef, useState } from 'react';
import { type FieldErrors, type Resolver, useForm } from 'react-hook-form';
import { useDesigner } from '../../../state';
import { ErrorIcon, SpinnerIcon } from '../../../ui';
import { EditorNote } from './EditorNote';
import { KnowledgeConflict } from './KnowledgeConflict';
import { KnowledgeFields } from './KnowledgeFields';
import {
  fieldError,
  KNOWLEDGE_FIELDS,
  type KnowledgeValues,
  sameValues,
  stored,
  valuesOf,
} from './knowledgeValues';

export interface KnowledgeFormProps {
  /** The page as loaded; null for a new page. */
  page: KnowledgePage | null;
  initial: Partial<KnowledgeInput> | undefined;
  descriptionId: string;
  /** Tells the dialog whether closing now would lose something. */
  changesRef: RefObject<() => boolean>;
  onSaved: ((page: KnowledgePage) => void) | undefined;
  onDone(): void;
  onCancel(): void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'failed' }
  /** Someone deleted the page meanwhile: the text can be saved as a new page. */
  | { kind: 'gone' };

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
  const { adapter, workspace, messages, locale, readOnly } = useDesigner();
  const text = messages.library;
  const idPrefix = useId();
  const [base, setBase] = useState<KnowledgePage | null>(page);
  const baseline = useRef<KnowledgeValues>(
    page ? valuesOf(page) : { title: initial?.title ?? '', content: initial?.content ?? '' },
  );
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
  const form = useForm<KnowledgeValues>({ defaultValues: baseline.current, mode: 'onChange', resolver });
  const { register, control, handleSubmit, formState, getValues, setValue, setError, setFocus } = form;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [conflict, setConflict] = useState<{ theirs: KnowledgePage; yours: KnowledgeValues } | null>(null);
  const merged = useRef<KnowledgeValues | null>(null);
  const saving = status.kind === 'saving';

  changesRef.current = () => !readOnly && (conflict !== null || !sameValues(getValues(), baseline.current));

  async function write(values: KnowledgeValues, against: KnowledgePage | null) {
    setStatus({ kind: 'saving' });
    try {
      let saved: KnowledgePage;
      if (against) {
        const patch: Partial<KnowledgeValues> = {};
        for (const field of KNOWLEDGE_FIELDS)
          if (stored(values[field]) !== against[field]) patch[field] = values[field];
        saved =
          Object.keys(patch).length === 0
            ? against
            : await adapter.updateKnowledge(against.id, patch, against.version);
      } else {
        saved = await adapter.createKnowledge({ title: values.title, content: values.content });
      }
      workspace.getState().putKnowledge(saved);
      changesRef.current = () => false;
      onSaved?.(saved);
      onDone();
    } catch (error) {
      if (against && isDesignerError(error, 'CONFLICT') && error.current) {
        setConflict({ theirs: error.current as KnowledgePage, yours: values });
        setStatus({ kind: 'idle' });
      } else if (against && isDesignerError(error, 'NOT_FOUND')) {
        setStatus({ kind: 'gone' });
      } else if (isDesignerError(error, 'VALIDATION') && Object.keys(error.fieldErrors).length > 0) {
        setConflict(null);
        for (const field of KNOWLEDGE_FIELDS) {
          const message = error.fieldErrors[field];
          if (message) setError(field, { type: 'server', message }, { shouldFocus: true });
        }
        setStatus({ kind: 'idle' });
      } else {
        setStatus({ kind: 'failed' });
      }
    }
  }

  const submit = handleSubmit((values) => {
    if (readOnly) return;
    if (base && sameValues(values, valuesOf(base))) {
      // Nothing changed: nothing to store.
      onDone();
      return;
    }
    void write(values, base);
  });

  /** Saves the choices of the conflict view over their version. */
  function saveMerge() {
    if (!conflict || !merged.current) return;
    const values = merged.current;
    for (const field of KNOWLEDGE_FIELDS) setValue(field, values[field]);
    setBase(conflict.theirs);
    baseline.current = valuesOf(conflict.theirs);
    const invalid = KNOWLEDGE_FIELDS.some((field) => fieldError(field, values[field], text, locale));
    if (invalid) {
      // A choice over the limit goes back to the form, where the error says what to do.
      editMerge();
      return;
    }
    setConflict(null);
    void write(values, conflict.theirs);
  }

  /** Puts the choices in the form, on top of their version, to edit before saving. */
  function editMerge() {
    if (!conflict || !merged.current) return;
    const values = merged.current;
    setBase(conflict.theirs);
    baseline.current = valuesOf(conflict.theirs);
    for (const field of KNOWLEDGE_FIELDS) setValue(field, values[field], { shouldValidate: true });
    setConflict(null);
    setStatus({ kind: 'idle' });
    requestAnimationFrame(() => setFocus('content'));
  }

  const hasConflict = conflict !== null;

  useEffect(() => {
    if (!readOnly) setFocus('title');
  }, [readOnly, setFocus]);

  return (
    <form className="sona-knowledge-editor__form" onSubmit={submit} noValidate>
      <div className="sona-knowledge-editor__scroll">
        <EditorNote pageId={base?.id} descriptionId={descriptionId} />
        {conflict ? (
          <KnowledgeConflict
            base={base}
            theirs={conflict.theirs}
            yours={conflict.yours}
            onMerged={(values) => {
              merged.current = values;
            }}
          />
        ) : null}
        {/* Hidden, not unmounted, during a conflict: what was typed stays in the fields. */}
        <div hidden={hasConflict}>
          <KnowledgeFields
            idPrefix={idPrefix}
            register={register}
            control={control}
            errors={formState.errors}
            readOnly={readOnly}
          />
        </div>
      </div>
      <div className="sona-knowledge-editor__footer">
        <div className="sona-knowledge-editor__status">
          {status.kind === 'failed' || status.kind === 'gone' ? (
            <p className="sona-knowledge-editor__failure" role="alert">
              <ErrorIcon />
              <span>{status.kind === 'failed' ? text.saveFailed : text.pageGone}</span>
            </p>
          ) : null}
        </div>
        <div className="sona-library-dialog__footer">
          {hasConflict ? (
            <>
              <button type="button" className="sona-button" disabled={saving} onClick={editMerge}>
                {text.conflictEdit}
              </button>
              <button
                type="button"
                className="sona-button sona-button--primary"
                disabled={saving}
                aria-busy={saving || undefined}
                onClick={saveMerge}
              >
                {saving ? <SpinnerIcon /> : null}
                {saving ? text.saving : text.conflictSave}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="sona-button" disabled={saving} onClick={onCancel}>
                {readOnly ? text.close : text.cancel}
              </button>
              {readOnly ? null : status.kind === 'failed' ? (
                <button type="submit" className="sona-button sona-button--primary">
                  {text.retry}
                </button>
              ) : status.kind === 'gone' ? (
                <button
                  type="button"
                  className="sona-button sona-button--primary"
                  onClick={() => void handleSubmit((values) => write(values, null))()}
                >
                  {text.saveAsNew}
                </button>
              ) : (
                <button
                  type="submit"
                  className="sona-button sona-button--primary"
                  disabled={saving}
                  aria-busy={saving || undefined}
                >
                  {saving ? <SpinnerIcon /> : null}
                  {saving ? text.saving : text.savePage}
                </button>
              )}
            </>
          )}
        </div>
      </div>
    </form>
  );
}
