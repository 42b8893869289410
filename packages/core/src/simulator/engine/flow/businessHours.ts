import type { Schedule } from '../../../model/graph';
import { type LocalTime, localTimeIn } from './localTime';

/** Whether a business-hours schedule is open at a moment, and why, as `checkBusinessHours` finds it. */
export type BusinessHoursCheck =
  | { status: 'open'; local: LocalTime; range: { start: string; end: string } }
  | { status: 'closed'; local: LocalTime }
  | { status: 'holiday'; local: LocalTime; holiday: string };

/**
 * Whether a schedule is open at an instant (milliseconds since 1970), read on the clock and calendar of the
 * schedule's own time zone: a holiday (by its local date) closes the whole day, otherwise the weekday's ranges
 * decide, each open from its start up to, not including, its end (`24:00` reaches midnight).
 */
export function checkBusinessHours(schedule: Schedule, instant: number): BusinessHoursCheck {
  const local = localTimeIn(instant, schedule.timeZone);
  const holiday = schedule.holidays.find((candidate) => candidate.date === local.date);
  if (holiday) return { status: 'holiday', local, holiday: holiday.name };
  // `HH:MM` strings compare in clock order, and `24:00` sorts after every time a clock shows.
  const range = schedule.days[local.weekday].find(
    (candidate) => candidate.start <= local.time && local.time < candidate.end,
  );
  return range
    ? { status: 'open', local, range: { start: range.start, end: range.end } }
    : { status: 'closed', local };
}
