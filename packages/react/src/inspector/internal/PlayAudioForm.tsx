import { type PlayAudioStep, PlayAudioStepSchema, SECONDARY_LIMITS } from '@sona-designer/core';
import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import * as z from 'zod';
import { useDesigner } from '../../state';
import { CharacterCounter } from '../../ui';
import { emptyOr } from '../emptyOr';
import { errorAt } from '../fieldErrors';
import { type StepFormSpec, useStepForm } from '../useStepForm';
import { Field } from './Field';
import { TitleField } from './TitleField';

interface PlayAudioValues {
  title: string;
  message: string;
  audioUrl: string;
}

const spec: StepFormSpec<PlayAudioStep, PlayAudioValues> = {
  schema: z.object({
    title: PlayAudioStepSchema.shape.title,
    message: PlayAudioStepSchema.shape.message,
    // An empty field means no recording.
    audioUrl: emptyOr(PlayAudioStepSchema.shape.audioUrl.unwrap(), undefined),
  }),
  toValues: (step) => ({ title: step.title, message: step.message, audioUrl: step.audioUrl ?? '' }),
};

export function PlayAudioForm({ step }: { step: PlayAudioStep }) {
  const { messages, locale } = useDesigner();
  const text = messages.inspector;
  const form = useStepForm(step, spec);
  const { errors } = form.formState;
  const message = useWatch({ control: form.control, name: 'message' }) ?? '';
  const counterId = useId();
  return (
    <form className="sona-inspector__form" noValidate onSubmit={(event) => event.preventDefault()}>
      <TitleField registration={form.register('title')} error={errorAt(errors, 'title')} />
      <Field
        label={text.message}
        hint={text.messageHint}
        error={errorAt(errors, 'message')}
        describedBy={counterId}
        after={
          <CharacterCounter
            id={counterId}
            value={message}
            max={SECONDARY_LIMITS.prompt}
            locale={locale}
            messages={messages.characterCounter}
          />
        }
      >
        {(control) => <textarea className="sona-input" rows={4} {...form.register('message')} {...control} />}
      </Field>
      <Field label={text.audioUrl} hint={text.audioUrlHint} error={errorAt(errors, 'audioUrl')}>
        {(control) => (
          <input
            className="sona-input"
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder="https://"
            {...form.register('audioUrl')}
            {...control}
          />
        )}
      </Field>
    </form>
  );
}
