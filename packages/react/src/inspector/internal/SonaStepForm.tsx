import { SECONDARY_LIMITS, type SonaStep, SonaStepSchema } from '@sona-designer/core';
import { useId } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { JobsSection } from '../../jobs';
import { KnowledgeSection } from '../../knowledge';
import { BatchCoverage, JobRoutingSandbox, TestCallButton } from '../../simulator';
import { useDesigner } from '../../state';
import { CharacterCounter } from '../../ui';
import { errorAt } from '../fieldErrors';
import { type StepFormSpec, useStepForm } from '../useStepForm';
import { Field } from './Field';
import { TitleField } from './TitleField';
import { ToggleSwitch } from './ToggleSwitch';

interface SonaValues {
  title: string;
  greeting: string;
  conversationHistory: boolean;
}

const spec: StepFormSpec<SonaStep, SonaValues> = {
  schema: SonaStepSchema.pick({ title: true, greeting: true, conversationHistory: true }),
  toValues: (step) => ({
    title: step.title,
    greeting: step.greeting,
    conversationHistory: step.conversationHistory,
  }),
};

/** The Sona step: title, greeting, conversation history, then its jobs and knowledge. */
export function SonaStepForm({ step }: { step: SonaStep }) {
  const { messages, locale } = useDesigner();
  const text = messages.inspector;
  const form = useStepForm(step, spec);
  const { errors } = form.formState;
  const greeting = useWatch({ control: form.control, name: 'greeting' }) ?? '';
  const counterId = useId();
  return (
    <>
      <TestCallButton stepId={step.id} className="sona-test-call--inspector" />
      <form className="sona-inspector__form" noValidate onSubmit={(event) => event.preventDefault()}>
        <TitleField registration={form.register('title')} error={errorAt(errors, 'title')} />
        <Field
          label={text.greeting}
          hint={text.greetingHint}
          error={errorAt(errors, 'greeting')}
          describedBy={counterId}
          after={
            <CharacterCounter
              id={counterId}
              value={greeting}
              max={SECONDARY_LIMITS.greeting}
              locale={locale}
              messages={messages.characterCounter}
            />
          }
        >
          {(control) => (
            <textarea className="sona-input" rows={4} {...form.register('greeting')} {...control} />
          )}
        </Field>
        <Controller
          control={form.control}
          name="conversationHistory"
          render={({ field }) => (
            <ToggleSwitch
              label={text.conversationHistory}
              hint={text.conversationHistoryHint}
              checked={field.value}
              onChange={field.onChange}
              disabled={field.disabled}
              onText={text.on}
              offText={text.off}
            />
          )}
        />
      </form>
      <JobsSection stepId={step.id} />
      <JobRoutingSandbox stepId={step.id} />
      <BatchCoverage stepId={step.id} />
      <KnowledgeSection stepId={step.id} />
    </>
  );
}
