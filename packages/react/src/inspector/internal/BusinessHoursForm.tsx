import { type BusinessHoursStep, WEEKDAYS } from '@sona-designer/core';
import { useId } from 'react';
import { useFlow, useMessages } from '../../state';
import { businessHoursSpec } from '../businessHoursSpec';
import { errorAt } from '../fieldErrors';
import { useStepForm } from '../useStepForm';
import { DayHours } from './DayHours';
import { Field } from './Field';
import { HolidaysField } from './HolidaysField';
import { InspectorIcon } from './InspectorIcon';
import { TimeZoneSelect } from './TimeZoneSelect';
import { TitleField } from './TitleField';

const WORKDAYS_AFTER_MONDAY = ['tue', 'wed', 'thu', 'fri'] as const;

/** Business hours: time zone, opening ranges per weekday, holidays. */
export function BusinessHoursForm({ step }: { step: BusinessHoursStep }) {
  const text = useMessages().inspector;
  const readOnly = useFlow((state) => state.readOnly);
  const form = useStepForm(step, businessHoursSpec);
  const { errors } = form.formState;
  const hoursId = useId();
  const holidaysId = useId();

  function copyMonday() {
    const monday = form.getValues('mon');
    for (const day of WORKDAYS_AFTER_MONDAY) {
      form.setValue(day, structuredClone(monday), { shouldDirty: true, shouldValidate: true });
    }
  }

  return (
    <form className="sona-inspector__form" noValidate onSubmit={(event) => event.preventDefault()}>
      <TitleField registration={form.register('title')} error={errorAt(errors, 'title')} />
      <Field label={text.timeZone} hint={text.timeZoneHint} error={errorAt(errors, 'timeZone')}>
        {(control) => (
          <TimeZoneSelect
            registration={form.register('timeZone')}
            control={control}
            current={step.schedule.timeZone}
          />
        )}
      </Field>
      <section className="sona-inspector__subsection" aria-labelledby={hoursId}>
        <h3 id={hoursId} className="sona-inspector__heading">
          {text.hoursHeading}
        </h3>
        <div className="sona-days">
          {WEEKDAYS.map((day) => (
            <DayHours key={day} day={day} form={form} readOnly={readOnly} />
          ))}
        </div>
        {readOnly ? null : (
          <button type="button" className="sona-button sona-button--small" onClick={copyMonday}>
            <InspectorIcon name="copy" size={14} />
            {text.copyMonday}
          </button>
        )}
      </section>
      <section className="sona-inspector__subsection" aria-labelledby={holidaysId}>
        <h3 id={holidaysId} className="sona-inspector__heading">
          {text.holidaysHeading}
        </h3>
        <p className="sona-field__hint">{text.holidaysHint}</p>
        <HolidaysField form={form} readOnly={readOnly} />
      </section>
    </form>
  );
}
