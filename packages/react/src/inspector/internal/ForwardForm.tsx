import { type ForwardStep, ForwardStepSchema, PhoneNumberSchema } from '@sona-designer/core';
import * as z from 'zod';
import { useMessages } from '../../state';
import { emptyOr } from '../emptyOr';
import { errorAt } from '../fieldErrors';
import { type StepFormSpec, useStepForm } from '../useStepForm';
import { Field } from './Field';
import { TitleField } from './TitleField';

interface ForwardValues {
  title: string;
  phoneNumber: string;
}

const spec: StepFormSpec<ForwardStep, ForwardValues> = {
  schema: z.object({
    title: ForwardStepSchema.shape.title,
    // The draft accepts a forward step without a number yet; publishing refuses it.
    phoneNumber: emptyOr(PhoneNumberSchema, ''),
  }),
  toValues: (step) => ({ title: step.title, phoneNumber: step.phoneNumber }),
};

export function ForwardForm({ step }: { step: ForwardStep }) {
  const text = useMessages().inspector;
  const form = useStepForm(step, spec);
  const { errors } = form.formState;
  return (
    <form className="sona-inspector__form" noValidate onSubmit={(event) => event.preventDefault()}>
      <TitleField registration={form.register('title')} error={errorAt(errors, 'title')} />
      <Field label={text.phoneNumber} hint={text.phoneNumberHint} error={errorAt(errors, 'phoneNumber')}>
        {(control) => (
          <input
            className="sona-input"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            {...form.register('phoneNumber')}
            {...control}
          />
        )}
      </Field>
    </form>
  );
}
