import { type Schedule, WEEKDAYS } from '@sona-designer/core';
import type { Locale } from '../../i18n';

const namesByLocale = new Map<Locale, string[]>();

/** Short weekday names in the locale ("Mon", "lun."), from Monday; worked out once per locale. */
function weekdayNames(locale: Locale): string[] {
  let names = namesByLocale.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    // 1 January 2024 was a Monday.
    names = WEEKDAYS.map((_, index) => format.format(new Date(Date.UTC(2024, 0, 1 + index))));
    namesByLocale.set(locale, names);
  }
  return names;
}

/**
 * Opening hours in a few words: consecutive days with the same hours share one line ("Mon–Fri 07:30–17:30");
 * closed days are left out.
 */
export function summariseSchedule(schedule: Schedule, locale: Locale): string[] {
  const names = weekdayNames(locale);
  const hours = WEEKDAYS.map((day) =>
    schedule.days[day].map((range) => `${range.start}–${range.end}`).join(', '),
  );
  const lines: string[] = [];
  let start = 0;
  while (start < WEEKDAYS.length) {
    let end = start;
    while (end + 1 < WEEKDAYS.length && hours[end + 1] === hours[start]) end++;
    const text = hours[start];
    if (text) {
      const days = start === end ? names[start] : `${names[start]}–${names[end]}`;
      lines.push(`${days} ${text}`);
    }
    start = end + 1;
  }
  return lines;
}

/** A time zone as people read it: "America/Toronto" → "America / Toronto". */
export function readableTimeZone(timeZone: string): string {
  return timeZone.replaceAll('_', ' ').replaceAll('/', ' / ');
}
