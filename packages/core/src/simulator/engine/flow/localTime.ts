import type { Weekday } from '../../../model/graph';

/** A moment as a clock and a calendar in one time zone show it. */
export interface LocalTime {
  /** The local date, `YYYY-MM-DD`. */
  date: string;
  /** The local day of the week, `mon` to `sun`. */
  weekday: Weekday;
  /** The local time on a 24-hour clock, `HH:MM` (`00:00` to `23:59`). */
  time: string;
}

// An offset is required: a time without one means a different moment in every zone, so it cannot be simulated.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * The instant of an ISO 8601 date-time written with its offset (`2026-12-25T10:00:00-05:00`, or `…Z`), in
 * milliseconds since 1970, or `null` when the text is not one (no offset, impossible date or time).
 */
export function parseCallTime(at: string): number | null {
  if (callTimes.has(at)) return callTimes.get(at) ?? null;
  const instant = readCallTime(at);
  if (callTimes.size >= MAX_CALL_TIMES) callTimes.delete(callTimes.keys().next().value ?? '');
  callTimes.set(at, instant);
  return instant;
}

// A batch of test cases repeats a few call times: each is read once.
const callTimes = new Map<string, number | null>();
const MAX_CALL_TIMES = 256;

function readCallTime(at: string): number | null {
  if (!ISO_WITH_OFFSET.test(at)) return null;
  const instant = Date.parse(at);
  if (Number.isNaN(instant)) return null;
  // Date.parse rolls 2026-02-30 over to March 2: refuse a date that is not on the calendar.
  const [year, month, day] = at.slice(0, 10).split('-').map(Number);
  const check = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  if (check.getUTCMonth() !== (month ?? 1) - 1 || check.getUTCDate() !== day) return null;
  return instant;
}

// Building a formatter costs far more than using one, and a flow repeats the same few zones: one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      // h23, not hour12: false, which some engines print as 24:05 just after midnight.
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const WEEKDAY_BY_SHORT_NAME: Record<string, Weekday> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

/**
 * The local date, weekday and time of an instant (milliseconds since 1970) in an IANA time zone. The time zone
 * database of `Intl` applies the zone's offset on that date, so daylight saving time is right by construction.
 * Throws a `RangeError` for an unknown time zone (the schema refuses those).
 */
export function localTimeIn(instant: number, timeZone: string): LocalTime {
  const key = `${timeZone} ${instant}`;
  const known = localTimes.get(key);
  if (known) return { ...known };
  const local = readLocalTime(instant, timeZone);
  if (localTimes.size >= MAX_LOCAL_TIMES) localTimes.delete(localTimes.keys().next().value ?? '');
  localTimes.set(key, local);
  return { ...local };
}

// A batch of test cases repeats a few call times, and formatting a date into parts costs more than the rest of the
// flow walk: the last ones are kept.
const localTimes = new Map<string, LocalTime>();
const MAX_LOCAL_TIMES = 256;

function readLocalTime(instant: number, timeZone: string): LocalTime {
  let year = '';
  let month = '';
  let day = '';
  let hour = '';
  let minute = '';
  let weekday: Weekday = 'mon';
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
    else if (part.type === 'hour') hour = part.value;
    else if (part.type === 'minute') minute = part.value;
    else if (part.type === 'weekday') weekday = WEEKDAY_BY_SHORT_NAME[part.value] ?? weekday;
  }
  return { date: `${year.padStart(4, '0')}-${month}-${day}`, weekday, time: `${hour}:${minute}` };
}
