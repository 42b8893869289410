import type { BusinessHoursStep } from '@sona-designer/core';
import { formatMessage, selectPlural } from '../../../i18n';
import { useDesigner } from '../../../state';
import { readableTimeZone, summariseSchedule } from '../scheduleSummary';

export function BusinessHoursSummary({ step }: { step: BusinessHoursStep }) {
  const { locale, messages } = useDesigner();
  const lines = summariseSchedule(step.schedule, locale);
  const holidays = step.schedule.holidays.length;
  return (
    <div className="sona-step-node__section">
      <p className="sona-step-node__meta">{readableTimeZone(step.schedule.timeZone)}</p>
      {lines.length === 0 ? (
        <p className="sona-step-node__empty">{messages.canvas.closedEveryDay}</p>
      ) : (
        <ul className="sona-step-node__lines">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {holidays > 0 && (
        <p className="sona-step-node__meta">
          {formatMessage(selectPlural(locale, messages.canvas.holidays, holidays), { count: holidays })}
        </p>
      )}
    </div>
  );
}
