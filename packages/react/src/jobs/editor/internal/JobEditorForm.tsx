import { zodResolver } from '@hookform/resolvers/zod';
import {
  JOB_TEXT_FIELDS,
  type Job,
  type JobInput,
  JobInputSchema,
  JobPatchSchema,
  type JobTextField,
  type UsagePlace,
} from '@sona-designer/core';
import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import { type Resolver, useWatch } from 'react-hook-form';
import { useStore } from 'zustand';
import { formatMessage, type JobEditorMessages } from '../../../i18n';
import {
  patchOf,
  type RecordValues,
  type SaveOutcome,
  type SaveStatus,
  stored,
  useRecordSave,
} from '../../../records';
import { useDesigner } from '../../../state';
import { ErrorIcon, InfoIcon, SpinnerIcon } from '../../../ui';
import { jobKind } from '../../jobKind';
import { ConflictView } from './ConflictView';
import { EditorHeader } from './EditorHeader';
import { fieldMessage } from './fieldMessages';
import { ImpactConfirm } from './ImpactConfirm';
import { InstructionsField } from './InstructionsField';
import { JobTextField as TextField } from './JobTextField';
import { listOf } from './usageText';

/** The four text fields as the form holds them (untrimmed, as typed). */
type JobValues = RecordValues<JobTextField>;

export interface JobEditorFormProps {
  /** The job being edited, as loaded; `null` for a new job. */
  job: Job | null;
  /** A new job's starting text (a template's, say). */
  initial?: Partial<JobInput> | undefined;
  /** The dialog, where the Insert action menu opens. */
  container: HTMLElement | null;
  /** Tells the dialog whether closing would lose something. */
  changesRef: RefObject<() => boolean>;
  /** After the job is stored. */
  onSaved?: ((job: Job) => void) | undefined;
  /** Closes the dialog after a save. */
  onDone(): void;
  /** Asks to close (the dialog confirms when there are changes). */
  onCancel(): void;
}

/** Before an edit is saved: where the job is used and which fields change. */
interface Impact {
  places: UsagePlace[];
  changed: JobTextField[];
}

const REQUIRED = ['name', 'instructions'] as const;

/** What the footer says about a failed save. */
function failureMessage(status: Extract<SaveStatus, { kind: 'failed' }>, text: JobEditorMessages): string {
  if (status.reason === 'deleted') return text.saveDeleted;
  if (status.reason === 'invalid' || status.reason === 'refused')
    return formatMessage(text.saveRefused, { detail: (status.error as Error).message });
  return text.saveFailed;
}

/**
 * The editor itself: the four fields, then the steps a save may go through: the impact of an edit on the places that
 * use the job, the conflict view when someone saved first, and failures with Retry. The form stays mounted (hidden)
 * during those steps so nothing typed is lost.
 */
export function JobEditorForm({
  job,
  initial,
  container,
  changesRef,
  onSaved,
  onDone,
  onCancel,
}: JobEditorFormProps) {
  const { adapter, workspace, messages, locale, readOnly } = useDesigner();
  const text = messages.jobEditor;
  const id = useId();
  const editor = useRecordSave({
    kind: jobKind,
    record: job,
    initial,
    resolver: zodResolver(job ? JobPatchSchema : JobInputSchema) as unknown as Resolver<JobValues>,
    onSaved: (saved) => {
      onSaved?.(saved);
      onDone();
    },
  });
  const { form, base, status, conflict, busy } = editor;
  const [impact, setImpact] = useState<Impact | null>(null);
  /** The places were shown (or a merge was chosen): the next save goes straight through. */
  const confirmed = useRef(false);
  const { register, formState, setValue, trigger, control } = form;
  const values = useWatch({ control }) as JobValues;
  const usage = useStore(workspace, (state) => (base ? state.jobUsage[base.id] : undefined));
  const latest = useStore(workspace, (state) => (base ? state.jobs[base.id] : undefined));
  const remoteNewer = Boolean(base && latest && latest.version > base.version);
  const saveButton = useRef<HTMLButtonElement>(null);
  const retryButton = useRef<HTMLButtonElement>(null);
  const phase = conflict ? 'conflict' : impact ? 'impact' : 'form';
  const shownPhase = useRef(phase);

  useEffect(() => {
    // Shows the problems of prefilled text (a template, a job) at once; empty fields wait until touched.
    void trigger();
  }, [trigger]);

  useEffect(() => {
    // Back on the form after the impact or conflict step: focus where the person continues.
    if (shownPhase.current === phase) return;
    shownPhase.current = phase;
    if (phase !== 'form') return;
    const target = retryButton.current ?? saveButton.current;
    if (target && !target.disabled) target.focus();
    else form.setFocus('name');
  }, [phase, form]);

  useEffect(() => {
    changesRef.current = () => !readOnly && (impact !== null || editor.hasChanges());
  });

  const errorFor = (field: JobTextField): string | undefined => {
    const error = formState.errors[field];
    if (!error) return undefined;
    const shown =
      formState.dirtyFields[field] ||
      formState.touchedFields[field] ||
      formState.submitCount > 0 ||
      values[field] !== '';
    if (!shown) return undefined;
    if (error.type === 'server') return error.message;
    return fieldMessage(field, values[field], text, locale) ?? error.message;
  };

  /** Saves; back from the impact step unless it worked (the dialog then closes on it). */
  const write = async (save: () => Promise<SaveOutcome>) => {
    if ((await save()) !== 'saved') setImpact(null);
  };

  const submit = async () => {
    if (readOnly || busy) return;
    const next = form.getValues();
    if (base && !confirmed.current) {
      const places =
        workspace.getState().jobUsage[base.id] ?? (await editor.prepare(() => adapter.getJobUsage(base.id)));
      if (!places) return;
      if (places.length > 0) {
        editor.clearStatus();
        const patch = patchOf(JOB_TEXT_FIELDS, base, next);
        setImpact({ places, changed: JOB_TEXT_FIELDS.filter((field) => field in patch) });
        return;
      }
    }
    await write(() => editor.save(next));
  };

  const unchanged = base !== null && !formState.isDirty;
  const invalid = !formState.isValid;
  const missing = REQUIRED.filter((field) => stored(values[field]) === '');
  let hint: string | null = null;
  if (invalid && JOB_TEXT_FIELDS.some((field) => errorFor(field))) hint = text.saveHintInvalid;
  else if (invalid && missing.length > 0)
    hint = formatMessage(text.saveHintRequired, {
      fields: listOf(
        locale,
        missing.map((field) => text.fields[field]),
      ),
    });
  else if (unchanged) hint = text.saveHintUnchanged;
  const hintId = `${id}-save-hint`;

  return (
    <>
      <EditorHeader mode={job ? 'edit' : 'new'} usage={usage} />
      {remoteNewer && phase === 'form' ? (
        <p className="sona-job-editor__notice sona-job-editor__notice--info" role="status">
          <InfoIcon />
          <span>{text.remoteChanged}</span>
        </p>
      ) : null}
      <form
        className="sona-job-editor__form"
        hidden={phase !== 'form'}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            if (!invalid && !unchanged) void submit();
          }
        }}
      >
        <div className="sona-job-editor__scroll sona-job-editor__grid">
          <div className="sona-job-editor__column">
            <TextField
              field="name"
              id={`${id}-name`}
              value={values.name}
              error={errorFor('name')}
              registration={register('name')}
              readOnly={readOnly}
            />
            <TextField
              field="description"
              id={`${id}-description`}
              value={values.description}
              error={errorFor('description')}
              registration={register('description')}
              readOnly={readOnly}
              rows={3}
              optional
            />
            <TextField
              field="trigger"
              id={`${id}-trigger`}
              value={values.trigger}
              error={errorFor('trigger')}
              registration={register('trigger')}
              readOnly={readOnly}
              rows={5}
              optional
            />
          </div>
          <InstructionsField
            id={`${id}-instructions`}
            value={values.instructions}
            error={errorFor('instructions')}
            registration={register('instructions')}
            readOnly={readOnly}
            container={container}
            onChange={(next) =>
              setValue('instructions', next, { shouldDirty: true, shouldTouch: true, shouldValidate: true })
            }
          />
        </div>
        <div className="sona-job-editor__footer">
          <div className="sona-job-editor__status">
            {status.kind === 'failed' ? (
              <div className="sona-job-editor__failure" role="alert">
                <ErrorIcon />
                <span>{failureMessage(status, text)}</span>
                {status.reason === 'deleted' ? (
                  <button
                    type="button"
                    className="sona-button"
                    onClick={() => void write(() => editor.saveAsNew(form.getValues()))}
                  >
                    {text.saveAsNew}
                  </button>
                ) : (
                  <button
                    ref={retryButton}
                    type="button"
                    className="sona-button"
                    onClick={() => void submit()}
                  >
                    {text.retry}
                  </button>
                )}
              </div>
            ) : null}
            <p className="sona-job-editor__progress" role="status">
              {busy ? (
                <>
                  <SpinnerIcon />
                  {status.kind === 'checking' ? text.impactLoading : text.saving}
                </>
              ) : null}
            </p>
            {status.kind !== 'failed' && !busy && hint && !readOnly ? (
              <p id={hintId} className="sona-job-editor__save-hint">
                {hint}
              </p>
            ) : null}
          </div>
          <div className="sona-job-editor__actions">
            <button type="button" className="sona-button" onClick={onCancel}>
              {readOnly ? text.close : text.cancel}
            </button>
            {readOnly ? null : (
              <button
                ref={saveButton}
                type="submit"
                className="sona-button sona-button--primary"
                disabled={invalid || unchanged}
                aria-disabled={busy || undefined}
                aria-busy={busy || undefined}
                aria-describedby={hint ? hintId : undefined}
              >
                {busy ? <SpinnerIcon /> : null}
                {text.save}
              </button>
            )}
          </div>
        </div>
      </form>
      {impact && !conflict ? (
        <ImpactConfirm
          places={impact.places}
          changed={impact.changed}
          saving={busy}
          onBack={() => {
            setImpact(null);
            editor.clearStatus();
          }}
          onConfirm={() => {
            confirmed.current = true;
            void write(() => editor.save(form.getValues()));
          }}
        />
      ) : null}
      {conflict ? (
        <ConflictView
          conflict={conflict}
          saving={busy}
          onChoose={editor.choose}
          onEdit={editor.keepMerge}
          onSave={() => {
            confirmed.current = true;
            void editor.saveMerge();
          }}
        />
      ) : null}
    </>
  );
}
