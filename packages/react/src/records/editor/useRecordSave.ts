import { isDesignerError } from '@sona-designer/core';
import { useEffect, useRef, useState } from 'react';
import { type DefaultValues, type Path, type Resolver, type UseFormReturn, useForm } from 'react-hook-form';
import { useDesigner } from '../../state';
import {
  type Choice,
  defaultChoices,
  type FieldChange,
  fieldChanges,
  mergeChoices,
} from '../conflict/conflictChoices';
import type { RecordKind, RecordValues, VersionedRecord } from '../recordKind';
import { patchOf, sameValues, valuesOf } from './recordValues';
import { type SaveFailure, saveFailure } from './saveFailure';

/** A field's name as react-hook-form types it (its paths cannot be worked out for a generic `F`). */
const pathOf = <F extends string>(field: F) => field as unknown as Path<RecordValues<F>>;

/** Where a save stands. */
export type SaveStatus =
  | { kind: 'idle' }
  /** A step the save waits for (see `prepare`), such as looking up where the record is used. */
  | { kind: 'checking' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: SaveFailure; error: unknown };

/** How a save ended: stored, met a newer version (the conflict view opens), failed, or merged values are invalid. */
export type SaveOutcome = 'saved' | 'conflict' | 'failed' | 'invalid';

/** A save refused because someone stored a newer version first: both versions, and a choice per field. */
export interface SaveConflict<R, F extends string> {
  /** The version the edit started from. */
  base: R;
  /** The version stored now (from the CONFLICT error). */
  theirs: R;
  /** What this editor tried to save. */
  yours: RecordValues<F>;
  /** Who changed each field since `base`. */
  changes: Record<F, FieldChange>;
  /** Which version of each field the merge keeps: theirs where only they changed it, yours elsewhere. */
  choices: Record<F, Choice>;
}

/** What `useRecordSave` needs: the kind of record, the record, how to check values, what to do once saved. */
export interface RecordSaveOptions<
  R extends VersionedRecord & RecordValues<F>,
  F extends string,
  I extends Partial<RecordValues<F>>,
> {
  /** The kind of record: its fields, and how the adapter stores it. */
  kind: RecordKind<R, F, I>;
  /** The record as loaded; `null` for a new one. */
  record: R | null;
  /** A new record's starting values (a template, say); also handed to `kind.create`. Ignored with `record`. */
  initial?: I | undefined;
  /** Checks the values as the person types (`mode: 'onChange'`). */
  resolver: Resolver<RecordValues<F>>;
  /** Moves focus to a field the adapter refused; without it, focus stays where it is. */
  focusRefusedField?: boolean;
  /** After the record is stored and put in the workspace cache. */
  onSaved(saved: R): void;
}

/** What `useRecordSave` gives an editor to render. */
export interface RecordSave<R, F extends string> {
  /** The form (react-hook-form): registers the fields, holds their values, errors and dirty state. */
  form: UseFormReturn<RecordValues<F>>;
  /** The version the edit starts from: the loaded one, or theirs once a conflict's merge is taken. */
  base: R | null;
  /** Where the save stands: idle, checking, saving or failed (and why). */
  status: SaveStatus;
  /** Checking or saving: the save buttons wait. */
  busy: boolean;
  /** The conflict view's state while a save is refused as stale; null otherwise. */
  conflict: SaveConflict<R, F> | null;
  /** Whether closing now would lose something: a conflict to resolve, or values that differ from `base`. */
  hasChanges(): boolean;
  /** Whether `values` would store what `base` holds already. */
  unchanged(values: RecordValues<F>): boolean;
  /**
   * Stores `values` over `base` with its version (or as a new record when there is none). A stale version opens the
   * conflict view keeping `values`; a record deleted meanwhile fails with `deleted` (see `saveAsNew`); values the
   * adapter refuses put its messages on their fields.
   */
  save(values: RecordValues<F>): Promise<SaveOutcome>;
  /** Stores `values` as a new record: what is left after the edited one was deleted. */
  saveAsNew(values: RecordValues<F>): Promise<SaveOutcome>;
  /**
   * Runs a step the save waits for, with status `checking` meanwhile; a failure shows as a failed save and gives
   * `undefined`.
   */
  prepare<T>(work: () => Promise<T>): Promise<T | undefined>;
  /** Forgets a failure shown: the person moved on to a step of the editor's own (the job editor's impact step). */
  clearStatus(): void;
  /** Picks the version of one field in the conflict view. */
  choose(field: F, choice: Choice): void;
  /** Leaves the conflict view for the form: their version is the new base, the choices are the values. */
  keepMerge(): void;
  /** Takes the conflict's choices over their version and saves them (back to the form if they are invalid). */
  saveMerge(): Promise<SaveOutcome>;
}

/**
 * The save workflow of a record editor, headless: the form, the version the edit starts from, saving with that
 * version, the conflict view's state when someone saved first, a record deleted meanwhile (save as new), and the
 * adapter's refusals mapped on the fields. The editors render it; each record type brings its `RecordKind`.
 */
export function useRecordSave<
  R extends VersionedRecord & RecordValues<F>,
  F extends string,
  I extends Partial<RecordValues<F>>,
>(options: RecordSaveOptions<R, F, I>): RecordSave<R, F> {
  const { kind, record, initial, resolver, focusRefusedField = false } = options;
  const { fields } = kind;
  const { adapter, workspace, readOnly } = useDesigner();
  const [base, setBase] = useState(record);
  const baseRef = useRef(record);
  const baseline = useRef(valuesOf(fields, record ?? initial));
  // Only a record that started new is created from its starting point (a template's id, say).
  const createdFrom = useRef(record ? undefined : initial);
  const onSaved = useRef(options.onSaved);
  onSaved.current = options.onSaved;
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [conflict, setConflict] = useState<SaveConflict<R, F> | null>(null);
  const form = useForm<RecordValues<F>>({
    resolver,
    mode: 'onChange',
    defaultValues: baseline.current as DefaultValues<RecordValues<F>>,
  });

  // The first field takes focus once, when the form appears: never again on a later render, which would pull focus
  // out of a control the person has opened meanwhile (it closed the Insert action popover on a busy machine).
  const focusedFirst = useRef(false);
  useEffect(() => {
    if (readOnly || focusedFirst.current) return;
    focusedFirst.current = true;
    form.setFocus(pathOf(fields[0] as F));
  }, [form, readOnly, fields]);

  const failed = (error: unknown, target: R | null): SaveStatus => ({
    kind: 'failed',
    reason: saveFailure(error, target !== null),
    error,
  });

  async function write(values: RecordValues<F>, target: R | null): Promise<SaveOutcome> {
    setStatus({ kind: 'saving' });
    try {
      const saved = target
        ? await kind.update(adapter, target, patchOf(fields, target, values))
        : await kind.create(adapter, values, createdFrom.current);
      kind.remember(workspace, saved);
      onSaved.current(saved);
      return 'saved';
    } catch (error) {
      const theirs = target && isDesignerError(error, 'CONFLICT') ? kind.readStored(error.current) : null;
      if (target && theirs) {
        const changes = fieldChanges(fields, target, theirs, values);
        setConflict({
          base: target,
          theirs,
          yours: values,
          changes,
          choices: defaultChoices(fields, changes),
        });
        setStatus({ kind: 'idle' });
        return 'conflict';
      }
      if (isDesignerError(error, 'VALIDATION')) {
        for (const field of fields) {
          const message = error.fieldErrors[field];
          if (message) {
            form.setError(pathOf(field), { type: 'server', message }, { shouldFocus: focusRefusedField });
          }
        }
      }
      setConflict(null);
      setStatus(failed(error, target));
      return 'failed';
    }
  }

  /** Their version becomes the base; the form shows `merged` over it, as changes. */
  function adopt(theirs: R, merged: RecordValues<F>): Promise<boolean> {
    baseRef.current = theirs;
    setBase(theirs);
    kind.remember(workspace, theirs);
    baseline.current = valuesOf(fields, theirs);
    form.reset(baseline.current);
    for (const field of fields) {
      if (merged[field] !== theirs[field]) {
        form.setValue(pathOf(field), merged[field] as never, { shouldDirty: true });
      }
    }
    return form.trigger();
  }

  const merged = (current: SaveConflict<R, F>) =>
    mergeChoices(fields, current.theirs, current.yours, current.choices);

  return {
    form,
    base,
    status,
    busy: status.kind === 'checking' || status.kind === 'saving',
    conflict,
    hasChanges: () => conflict !== null || !sameValues(fields, form.getValues(), baseline.current),
    unchanged: (values) =>
      baseRef.current !== null && sameValues(fields, values, valuesOf(fields, baseRef.current)),
    save: (values) => write(values, baseRef.current),
    saveAsNew: (values) => write(values, null),
    async prepare(work) {
      setStatus({ kind: 'checking' });
      try {
        const result = await work();
        setStatus({ kind: 'idle' });
        return result;
      } catch (error) {
        setStatus(failed(error, baseRef.current));
        return undefined;
      }
    },
    clearStatus: () => setStatus({ kind: 'idle' }),
    choose(field, choice) {
      setConflict((current) => current && { ...current, choices: { ...current.choices, [field]: choice } });
    },
    keepMerge() {
      if (!conflict) return;
      void adopt(conflict.theirs, merged(conflict));
      setConflict(null);
      setStatus({ kind: 'idle' });
    },
    async saveMerge() {
      if (!conflict) return 'failed';
      const values = merged(conflict);
      // The conflict view stays, showing the save, until the adapter answers.
      if (!(await adopt(conflict.theirs, values))) {
        setConflict(null);
        setStatus({ kind: 'idle' });
        return 'invalid';
      }
      return write(values, conflict.theirs);
    },
  };
}
