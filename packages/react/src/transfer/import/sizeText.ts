import { formatNumber, type Locale } from '../../i18n';

/** Megabytes with at most one decimal, as the import dialog talks about files: "12.5", "0.1". */
export function megabytes(locale: Locale, bytes: number): string {
  const value = Math.max(0.1, Math.round(bytes / 100_000) / 10);
  return formatNumber(locale, value);
}

/** "1.2 MB", "850 kB", "12 bytes" in the locale's way. */
export function fileSize(locale: Locale, bytes: number): string {
  const unit = locale === 'fr' ? { mb: 'Mo', kb: 'ko', b: 'octets' } : { mb: 'MB', kb: 'kB', b: 'bytes' };
  if (bytes >= 1_000_000) return `${megabytes(locale, bytes)} ${unit.mb}`;
  if (bytes >= 1_000) return `${formatNumber(locale, Math.round(bytes / 1_000))} ${unit.kb}`;
  return `${formatNumber(locale, bytes)} ${unit.b}`;
}

/** A timestamp from a file as the locale writes dates, or the text itself when it is no date. */
export function fileDate(locale: Locale, timestamp: string | null): string {
  if (!timestamp) return '—';
  const time = new Date(timestamp);
  if (Number.isNaN(time.getTime())) return timestamp;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(time);
}
