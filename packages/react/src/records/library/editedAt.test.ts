import { describe, expect, test } from 'vitest';
import { formatEditedAt } from './editedAt';

const NOW = Date.parse('2026-03-10T15:00:00.000Z');

describe('formatEditedAt', () => {
  test('is relative within the last week, in the locale', () => {
    expect(formatEditedAt('2026-03-10T14:59:30.000Z', 'en', 'Just now', NOW)).toBe('Just now');
    expect(formatEditedAt('2026-03-10T14:35:00.000Z', 'en', 'Just now', NOW)).toBe('25 minutes ago');
    expect(formatEditedAt('2026-03-10T12:00:00.000Z', 'en', 'Just now', NOW)).toBe('3 hours ago');
    expect(formatEditedAt('2026-03-09T12:00:00.000Z', 'en', 'Just now', NOW)).toBe('yesterday');
    expect(formatEditedAt('2026-03-10T12:00:00.000Z', 'fr', 'À l’instant', NOW)).toBe('il y a 3 heures');
  });

  test('is a date after a week, or for a date in the future (clock skew)', () => {
    expect(formatEditedAt('2026-01-12T14:00:00.000Z', 'en', 'Just now', NOW)).toBe('Jan 12, 2026');
    expect(formatEditedAt('2026-01-12T14:00:00.000Z', 'fr', 'À l’instant', NOW)).toBe('12 janv. 2026');
    expect(formatEditedAt('2026-04-01T00:00:00.000Z', 'en', 'Just now', NOW)).toBe('Apr 1, 2026');
  });
});
