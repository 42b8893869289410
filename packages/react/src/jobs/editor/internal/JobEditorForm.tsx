import { zodResolver } from '@hookform/resolvers/zod';
import {
  isDesignerError,
  JOB_TEXT_FIELDS,
  type Job,
  type JobInput,
  JobInputSchema,
  JobPatchSchema,
  JobSchema,
  type JobTextField,
  type UsagePlace,
} from '@sona-designer/core';
import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import { type Resolver, useForm, useWatch } from 'react-hook-form';
import { useStore } from 'zustand';
import { formatMessage } from '../../../i18n';
import { useDesigner } from '../../../state';
import { ErrorIcon, InfoIcon, SpinnerIcon } from '../../../ui';
import { ConflictView } from './ConflictView';
import { EditorHeader } from './EditorHeader';
import { fieldMessage } from './fieldMessages';
import { ImpactConfirm } from './ImpactConfirm';
import { InstructionsField } from './InstructionsField';
import { JobTextField as TextField } from './JobTextField';
import { type JobValues, patchOf, sameValues, stored, valuesOf } from './jobValues';
import { listOf } from './usageText';

export interface JobEditorFormProps {
  /** The job being edited, as loaded; `null` for a new job. */
  job: Job | null;
  initial?: Partial<JobInput> | undefined;
  container: HTMLElement | null;
  /** Tells the dialog whether closing would lose something. */
  changesRef: RefObject<() => boolean>;
  onSaved?: ((job: Job) => void) | undefined;
  /** Closes the dialog after a save. */
  onDone(): void;
  /** Asks to close (the dialog confirms when there are changes). */
  onCancel(): void;
}

type Phase =
  | { kind: 'form' }
  | { kind: 'impact'; places: UsagePlace[]; changed: JobTextField[] }
  | { kind: 'conflict'; theirs: Job; yours: JobValues };

type Status =
  | { kind: 'idle' }
  /** Looking up where the job is used, before the impact step. */
  | { kind: 'checking' }
  | { kind: 'busy' }
  | { kind: 'failed'; message: string; deleted: boolean };

const REQUIRED = ['name', 'instructions'] as const;

function isField(name: string): name is JobTextField {
  return (JOB_TEXT_FIELDS as readonly string[]).includes(name);
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
  const [base, setBase] = useState(job);
  const baseRef = useRef(job);
  const defaults = useRef(valuesOf(job ?? initial));
  const confirmed = useRef(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const templateId = job ? undefined : initial?.templateId;

  const form = useForm<JobValues>({
    resolver: zodResolver(job ? JobPatchSchema : JobInputSchema) as unknown as Resolver<JobValues>,
    mode: 'onChange',
    defaultValues: defaults.current,
  });
  const { register, formState, setValue, trigger, control } = form;
  const values = useWatch({ control }) as JobValues;
  const usage = useStore(workspace, (state) => (base ? state.jobUsage[base.id] : undefined));
  const latest = useStore(workspace, (state) => (base ? state.jobs[base.id] : undefined));
  const remoteNewer = Boolean(base && latest && latest.version > base.version);
  const busy = status.kind === 'busy' || status.kind === 'checking';
  const saveButton = useRef<HTMLButtonElement>(null);
  const retryButton = useRef<HTMLButtonElement>(null);
  const shownPhase = useRef(phase.kind);

  useEffect(() => {
    if (!readOnly) form.setFocus('name');
  }, [form, readOnly]);

  useEffect(() => {
    // Shows the problems of prefilled text (a template, a job) at once; empty fields wait until touched.
    void trigger();
  }, [trigger]);

  useEffect(() => {
    // Back on the form after the impact or conflict step: focus where the person continues.
    if (shownPhase.current === phase.kind) return;
    shownPhase.current = phase.kind;
    if (phase.kind !== 'form') return;
    const target = retryButton.current ?? saveButton.current;
    if (target && !target.disabled) target.focus();
    else form.setFocus('name');
  }, [phase.kind, form]);

  useEffect(() => {
    changesRef.current = () =>
      !readOnly && (phase.kind !== 'form' || !sameValues(form.getValues(), defaults.current));
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

  const failure = (error: unknown, target: Job | null): Status => {
    if (target && isDesignerError(error, 'NOT_FOUND'))
      return { kind: 'failed', message: text.saveDeleted, deleted: true };
    if (isDesignerError(error, 'VALIDATION'))
      return {
        kind: 'failed',
        message: formatMessage(text.saveRefused, { detail: error.message }),
        deleted: false,
      };
    return { kind: 'failed', message: text.saveFailed, deleted: false };
  };

  const write = async (target: Job | null, next: JobValues) => {
    setStatus({ kind: 'busy' });
    try {
      const saved = target
        ? await adapter.updateJob(target.id, patchOf(target, next), target.version)
        : await adapter.createJob({ ...next, ...(templateId ? { templateId } : {}) });
      workspace.getState().putJob(saved);
      onSaved?.(saved);
      onDone();
    } catch (error) {
      if (target && isDesignerError(error, 'CONFLICT')) {
        const theirs = JobSchema.safeParse(error.current);
        if (theirs.success) {
          setStatus({ kind: 'idle' });
          setPhase({ kind: 'conflict', theirs: theirs.data, yours: next });
          return;
        }
      }
      if (isDesignerError(error, 'VALIDATION')) {
        for (const [field, message] of Object.entries(error.fieldErrors)) {
          if (isField(field)) form.setError(field, { type: 'server', message });
        }
      }
      setPhase({ kind: 'form' });
      setStatus(failure(error, target));
    }
  };

  const submit = async () => {
    if (readOnly || busy) return;
    const next = form.getValues();
    const target = baseRef.current;
    if (target && !confirmed.current) {
      let places = workspace.getState().jobUsage[target.id];
      if (!places) {
        setStatus({ kind: 'checking' });
        try {
          places = await adapter.getJobUsage(target.id);
        } catch (error) {
          setStatus(failure(error, target));
          return;
        }
      }
      if (places.length > 0) {
        setStatus({ kind: 'idle' });
        const patch = patchOf(target, next);
        setPhase({ kind: 'impact', places, changed: JOB_TEXT_FIELDS.filter((field) => field in patch) });
        return;
      }
    }
    await write(target, next);
  };

  /** Takes their version as the new starting point, with the fields chosen from yours on top. */
  const adopt = (theirs: Job, merged: JobValues) => {
    baseRef.current = theirs;
    setBase(theirs);
    workspace.getState().putJob(theirs);
    defaults.current = valuesOf(theirs);
    form.reset(defaults.current);
    for (const field of JOB_TEXT_FIELDS) {
      if (merged[field] !== theirs[field]) setValue(field, merged[field], { shouldDirty: true });
    }
    void trigger();
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
      {remoteNewer && phase.kind === 'form' ? (
        <p className="sona-job-editor__notice sona-job-editor__notice--info" role="status">
          <InfoIcon />
          <span>{text.remoteChanged}</span>
        </p>
      ) : null}
      <form
        className="sona-job-editor__form"
        hidden={phase.kind !== 'form'}
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
                <span>{status.message}</span>
                {status.deleted ? (
                  <button
                    type="button"
                    className="sona-button"
                    onClick={() => void write(null, form.getValues())}
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
      {phase.kind === 'impact' ? (
        <ImpactConfirm
          places={phase.places}
          changed={phase.changed}
          saving={busy}
          onBack={() => {
            setPhase({ kind: 'form' });
            setStatus({ kind: 'idle' });
          }}
          onConfirm={() => {
            confirmed.current = true;
            void write(baseRef.current, form.getValues());
          }}
        />
      ) : null}
      {phase.kind === 'conflict' && base ? (
        <ConflictView
          base={base}
          theirs={phase.theirs}
          yours={phase.yours}
          saving={busy}
          onEdit={(merged) => {
            adopt(phase.theirs, merged);
            setPhase({ kind: 'form' });
          }}
          onSave={(merged) => {
            adopt(phase.theirs, merged);
            confirmed.current = true;
            void write(phase.theirs, merged);
          }}
        />
      ) : null}
    </>
  );
}
