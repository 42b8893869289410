import { SECONDARY_LIMITS, type VoicemailStep, VoicemailStepSchema } from '@sona-designer/core';
import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { useDesigner } from '../../state';
import { CharacterCounter } from '../../ui';
import { errorAt } from '../fieldErrors';
import { type StepFormSpec, useStepForm } from '../useStepForm';
import { Field } from './Field';
import { TitleField } from './TitleField';

interface VoicemailValues {
  title: string;
  greeting: string;
}

const spec: StepFormSpec<VoicemailStep, VoicemailValues> = {
  schema: VoicemailStepSchema.pick({ title: true, greeting: true }),
  toValues: (step) => ({ title: step.title, greeting: step.greeting }),
};

export function VoicemailForm({ step }: { step: VoicemailStep }) {
  const { messages, locale } = useDesigner();
  const text = messages.inspector;
  const form = useStepForm(step, spec);
  const { errors } = form.formState;
  const greeting = useWatch({ control: form.control, name: 'greeting' }) ?? '';
  const counterId = useId();
  return (
    <form className="sona-inspector__form" noValidate onSubmit={(event) => event.preventDefault()}>
      <TitleField registration={form.register('title')} error={errorAt(errors, 'title')} />
      <Field
        label={text.voicemailGreeting}
        hint={text.voicemailGreetingHint}
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
    </form>
  );
}
