import { describe, expect, it } from 'vitest';
import { quickPickTime, toCallTime, wallTimeIn } from './callTime';

const ZONE = 'America/Toronto';
// Monday 7 December 2026, 14:00 in Montreal.
const MONDAY_AFTERNOON = Date.parse('2026-12-07T19:00:00Z');

describe('the incoming call’s moment', () => {
  it('reads the picker in the zone, with the offset of that day', () => {
    expect(toCallTime('2026-12-25T10:00', ZONE)).toBe('2026-12-25T10:00:00-05:00');
    expect(toCallTime('2026-07-01T10:00', ZONE)).toBe('2026-07-01T10:00:00-04:00');
    expect(toCallTime('2026-12-25T10:00', 'Europe/Paris')).toBe('2026-12-25T10:00:00+01:00');
    expect(toCallTime('', ZONE)).toBeNull();
  });

  it('moves a time skipped by the spring clock change to the zone’s time at that instant', () => {
    expect(toCallTime('2026-03-08T02:30', ZONE)).toBe('2026-03-08T03:30:00-04:00');
  });

  it('shows now on the zone’s clock', () => {
    expect(wallTimeIn(ZONE, MONDAY_AFTERNOON)).toBe('2026-12-07T14:00');
  });

  it('picks the next Monday morning, Saturday evening, Christmas and New Year’s Day', () => {
    expect(quickPickTime('now', ZONE, MONDAY_AFTERNOON)).toBe('2026-12-07T14:00');
    expect(quickPickTime('weekday', ZONE, MONDAY_AFTERNOON)).toBe('2026-12-14T10:00');
    // 08:00 on a Monday: this Monday's 10:00 is still ahead.
    expect(quickPickTime('weekday', ZONE, Date.parse('2026-12-07T12:00:00Z'))).toBe('2026-12-07T10:00');
    expect(quickPickTime('saturday', ZONE, MONDAY_AFTERNOON)).toBe('2026-12-12T20:00');
    expect(quickPickTime('christmas', ZONE, MONDAY_AFTERNOON)).toBe('2026-12-25T10:00');
    expect(quickPickTime('christmas', ZONE, Date.parse('2026-12-26T12:00:00Z'))).toBe('2027-12-25T10:00');
    expect(quickPickTime('newYear', ZONE, MONDAY_AFTERNOON)).toBe('2027-01-01T10:00');
  });
});
