import { zodResolver } from '@hookform/resolvers/zod';
import type { Step } from '@sona-designer/core';
import { useEffect, useMemo, useRef } from 'react';
import { type FieldValues, type Path, type UseFormReturn, useForm } from 'react-hook-form';
import type * as z from 'zod';
import { formatMessage, isolate } from '../i18n';
import type { FlowStore } from '../state';
import { useDesigner, useFlow, useFlowStoreApi } from '../state';
import { fallbackErrorMap } from './fieldErrors';

export interface StepFormSpec<S extends Step, Values extends FieldValues> {
  /** The core's schema for the fields the form edits, one top-level key per form value. */
  schema: z.ZodObject;
  toValues(step: S): Values;
  /** The step fields to write, from the form keys whose value is valid (parsed by the core's schema). */
  toPatch?(valid: Record<string, unknown>, step: S): Partial<S>;
  /** Writes the patch to the draft; by default `updateStep`. */
  write?(store: FlowStore, stepId: string, patch: Partial<S>, label: string): void;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A react-hook-form form on one step of the draft. Each change writes the form's valid values to the draft (the store
 * merges quick edits into one undo step); an invalid value stays in its field with the core's message and is not
 * written. When the step changes from outside (undo, a remote update), only the fields that changed are reset, so a
 * field someone is typing in keeps what they typed.
 */
export function useStepForm<S extends Step, Values extends FieldValues>(
  step: S,
  spec: StepFormSpec<S, Values>,
): UseFormReturn<Values> {
  const store = useFlowStoreApi();
  const { messages } = useDesigner();
  const readOnly = useFlow((state) => state.readOnly);
  const errorMap = useMemo(() => fallbackErrorMap(messages.inspector.fieldErrors), [messages]);
  const form = useForm<Values>({
    resolver: zodResolver(spec.schema, { error: errorMap }) as never,
    mode: 'onChange',
    defaultValues: spec.toValues(step) as never,
    disabled: readOnly,
  });
  /** The step's values as the form last took them in or wrote them out. */
  const synced = useRef<Values>(spec.toValues(step));
  const resetting = useRef(false);
  const context = useRef({ spec, messages, errorMap });
  context.current = { spec, messages, errorMap };
  const stepId = step.id;
  const { watch, trigger, setValue } = form;

  useEffect(() => {
    const subscription = watch((values) => {
      if (resetting.current) return;
      const { spec, messages, errorMap } = context.current;
      const current = store.getState().stepsById[stepId] as S | undefined;
      if (!current) return;
      const valid: Record<string, unknown> = {};
      for (const [key, schema] of Object.entries(spec.schema.shape)) {
        const parsed = (schema as z.ZodType).safeParse((values as Record<string, unknown>)[key], {
          error: errorMap,
        });
        if (parsed.success) valid[key] = parsed.data;
      }
      const patch = spec.toPatch ? spec.toPatch(valid, current) : (valid as Partial<S>);
      const label = formatMessage(messages.designer.historyLabels.editStep, {
        title: isolate(current.title),
      });
      if (spec.write) spec.write(store, stepId, patch, label);
      else store.getState().updateStep(stepId, patch, label);
      const written = store.getState().stepsById[stepId] as S | undefined;
      if (written) synced.current = spec.toValues(written);
      // Whole-form validation: a change can clear or raise an error on another field (a duplicate key).
      void trigger();
    });
    void trigger();
    return () => subscription.unsubscribe();
  }, [store, stepId, watch, trigger]);

  useEffect(() => {
    const next = context.current.spec.toValues(step);
    const previous = synced.current;
    synced.current = next;
    let changed = false;
    resetting.current = true;
    try {
      for (const key of Object.keys(next)) {
        if (same(next[key], previous[key])) continue;
        changed = true;
        setValue(key as Path<Values>, structuredClone(next[key]), { shouldDirty: false });
      }
    } finally {
      resetting.current = false;
    }
    if (changed) void trigger();
  }, [step, setValue, trigger]);

  return form;
}
