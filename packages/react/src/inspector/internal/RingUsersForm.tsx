import { RING_STRATEGIES, type RingUsersStep, SECONDARY_LIMITS } from '@sona-designer/core';
import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { useFlow, useMessages } from '../../state';
import { errorAt } from '../fieldErrors';
import { ringUsersSpec } from '../ringUsersSpec';
import { useStepForm } from '../useStepForm';
import { Field } from './Field';
import { RingGroupsField } from './RingGroupsField';
import { RingTargetsField } from './RingTargetsField';
import { TitleField } from './TitleField';

/** Ring users: how to ring, whom, in which batches or groups, and for how long. */
export function RingUsersForm({ step }: { step: RingUsersStep }) {
  const text = useMessages().inspector;
  const readOnly = useFlow((state) => state.readOnly);
  const form = useStepForm(step, ringUsersSpec);
  const { errors } = form.formState;
  const strategy = useWatch({ control: form.control, name: 'strategy' });
  const strategyId = useId();
  const targetsId = useId();
  const groupsId = useId();

  return (
    <form className="sona-inspector__form" noValidate onSubmit={(event) => event.preventDefault()}>
      <TitleField registration={form.register('title')} error={errorAt(errors, 'title')} />
      <fieldset className="sona-choices" aria-labelledby={strategyId}>
        <legend id={strategyId} className="sona-field__label">
          {text.strategy}
        </legend>
        {RING_STRATEGIES.map((value) => (
          <label key={value} className="sona-choice">
            <input type="radio" value={value} {...form.register('strategy')} />
            <span className="sona-choice__text">
              <span className="sona-choice__label">{text.strategies[value].label}</span>
              <span className="sona-choice__hint">{text.strategies[value].hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <section className="sona-inspector__subsection" aria-labelledby={targetsId}>
        <h3 id={targetsId} className="sona-inspector__heading">
          {text.targetsHeading}
        </h3>
        <RingTargetsField form={form} readOnly={readOnly} />
      </section>
      {strategy === 'random-batches' ? (
        <Field label={text.batchSize} hint={text.batchSizeHint} error={errorAt(errors, 'batchSize')}>
          {(control) => (
            <input
              className="sona-input sona-input--number"
              type="number"
              min={1}
              max={50}
              step={1}
              {...form.register('batchSize', { valueAsNumber: true })}
              {...control}
            />
          )}
        </Field>
      ) : null}
      {strategy === 'custom-groups' ? (
        <section className="sona-inspector__subsection" aria-labelledby={groupsId}>
          <h3 id={groupsId} className="sona-inspector__heading">
            {text.groupsHeading}
          </h3>
          <p className="sona-field__hint">{text.groupsHint}</p>
          <RingGroupsField form={form} readOnly={readOnly} />
        </section>
      ) : null}
      <Field label={text.ringSeconds} hint={text.ringSecondsHint} error={errorAt(errors, 'ringSeconds')}>
        {(control) => (
          <input
            className="sona-input sona-input--number"
            type="number"
            min={SECONDARY_LIMITS.ringSecondsMin}
            max={SECONDARY_LIMITS.ringSecondsMax}
            step={1}
            {...form.register('ringSeconds', { valueAsNumber: true })}
            {...control}
          />
        )}
      </Field>
    </form>
  );
}
