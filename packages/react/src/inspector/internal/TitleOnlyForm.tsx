import { type EndStep, EndStepSchema, type IncomingCallStep } from '@sona-designer/core';
import { useMessages } from '../../state';
import { errorAt } from '../fieldErrors';
import { type StepFormSpec, useStepForm } from '../useStepForm';
import { TitleField } from './TitleField';

interface TitleValues {
  title: string;
}

const spec: StepFormSpec<IncomingCallStep | EndStep, TitleValues> = {
  schema: EndStepSchema.pick({ title: true }),
  toValues: (step) => ({ title: step.title }),
};

/** Incoming call and end steps: a title and a line that says what the step does. */
export function TitleOnlyForm({ step }: { step: IncomingCallStep | EndStep }) {
  const text = useMessages().inspector;
  const form = useStepForm(step, spec);
  return (
    <form className="sona-inspector__form" noValidate onSubmit={(event) => event.preventDefault()}>
      <TitleField
        registration={form.register('title')}
        error={errorAt(form.formState.errors, 'title')}
        explanation={text.explanation[step.kind]}
      />
    </form>
  );
}
