import type { Locale } from '../../i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * When something was last edited, the locale's way: relative for the last week ("3 hours ago", "yesterday"),
 * a date after that ("Jan 12, 2026").
 */
export function formatEditedAt(iso: string, locale: Locale, justNow: string, now = Date.now()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const ago = now - time;
  if (ago < 0 || ago >= 7 * DAY) {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(time);
  }
  if (ago < MINUTE) return justNow;
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (ago < HOUR) return relative.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return relative.format(-Math.floor(ago / HOUR), 'hour');
  return relative.format(-Math.floor(ago / DAY), 'day');
}

/** The full date and time, for the tooltip. */
export function formatFullDate(iso: string, locale: Locale): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(time);
}
