import { type PhoneMenuStep, PhoneMenuStepSchema, SECONDARY_LIMITS } from '@sona-designer/core';
import { editPhoneMenu } from '@sona-designer/core/edits';
import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { useDesigner, useFlow } from '../../state';
import { CharacterCounter } from '../../ui';
import { errorAt } from '../fieldErrors';
import { type StepFormSpec, useStepForm } from '../useStepForm';
import { Field } from './Field';
import { MenuOptionsField } from './MenuOptionsField';
import type { PhoneMenuValues } from './phoneMenuValues';
import { TitleField } from './TitleField';

const spec: StepFormSpec<PhoneMenuStep, PhoneMenuValues> = {
  schema: PhoneMenuStepSchema.pick({ title: true, prompt: true, options: true, timeoutSeconds: true }),
  toValues: (step) => ({
    title: step.title,
    prompt: step.prompt,
    options: step.options,
    timeoutSeconds: step.timeoutSeconds,
  }),
  // Connections follow their option when its key changes.
  write: (store, stepId, patch, label) =>
    store.getState().change(label, (graph) => editPhoneMenu(graph, stepId, patch), {
      coalesceKey: `edit:${stepId}`,
    }),
};

/** A phone menu: the prompt, the options (key and label), and how long to wait for a key. */
export function PhoneMenuForm({ step }: { step: PhoneMenuStep }) {
  const { messages, locale } = useDesigner();
  const text = messages.inspector;
  const readOnly = useFlow((state) => state.readOnly);
  const form = useStepForm(step, spec);
  const { errors } = form.formState;
  const prompt = useWatch({ control: form.control, name: 'prompt' }) ?? '';
  const counterId = useId();
  const optionsId = useId();
  return (
    <form className="sona-inspector__form" noValidate onSubmit={(event) => event.preventDefault()}>
      <TitleField registration={form.register('title')} error={errorAt(errors, 'title')} />
      <Field
        label={text.prompt}
        hint={text.promptHint}
        error={errorAt(errors, 'prompt')}
        describedBy={counterId}
        after={
          <CharacterCounter
            id={counterId}
            value={prompt}
            max={SECONDARY_LIMITS.prompt}
            locale={locale}
            messages={messages.characterCounter}
          />
        }
      >
        {(control) => <textarea className="sona-input" rows={3} {...form.register('prompt')} {...control} />}
      </Field>
      <section className="sona-inspector__subsection" aria-labelledby={optionsId}>
        <h3 id={optionsId} className="sona-inspector__heading">
          {text.optionsHeading}
        </h3>
        <MenuOptionsField form={form} readOnly={readOnly} />
      </section>
      <Field label={text.timeout} hint={text.timeoutHint} error={errorAt(errors, 'timeoutSeconds')}>
        {(control) => (
          <input
            className="sona-input sona-input--number"
            type="number"
            min={1}
            max={60}
            step={1}
            {...form.register('timeoutSeconds', { valueAsNumber: true })}
            {...control}
          />
        )}
      </Field>
    </form>
  );
}
