import { describe, expect, test } from 'vitest';
import type { Schedule } from '../../../model/graph';
import { checkBusinessHours } from './businessHours';
import { localTimeIn, parseCallTime } from './localTime';

function at(text: string): number {
  const instant = parseCallTime(text);
  if (instant === null) throw new Error(`Not a call time: ${text}`);
  return instant;
}

describe('parseCallTime', () => {
  test('reads a date-time with its offset, or Z', () => {
    expect(parseCallTime('2026-12-25T10:00:00-05:00')).toBe(Date.UTC(2026, 11, 25, 15, 0));
    expect(parseCallTime('2026-12-25T15:00Z')).toBe(Date.UTC(2026, 11, 25, 15, 0));
    expect(parseCallTime('2026-12-25T15:00:00.250+00:00')).toBe(Date.UTC(2026, 11, 25, 15, 0, 0, 250));
  });

  test('refuses a time without an offset, a date alone, or a day not on the calendar', () => {
    expect(parseCallTime('2026-12-25T10:00:00')).toBeNull();
    expect(parseCallTime('2026-12-25')).toBeNull();
    expect(parseCallTime('2026-02-30T10:00:00Z')).toBeNull();
    expect(parseCallTime('2026-12-25T25:00:00Z')).toBeNull();
    expect(parseCallTime('tomorrow')).toBeNull();
  });
});

describe('localTimeIn', () => {
  test('13:30Z is 08:30 in Montréal in winter and 09:30 in summer', () => {
    expect(localTimeIn(at('2026-01-14T13:30:00Z'), 'America/Toronto')).toEqual({
      date: '2026-01-14',
      weekday: 'wed',
      time: '08:30',
    });
    expect(localTimeIn(at('2026-07-15T13:30:00Z'), 'America/Toronto')).toEqual({
      date: '2026-07-15',
      weekday: 'wed',
      time: '09:30',
    });
  });

  test('a time written in another offset lands on the local calendar, across midnight', () => {
    // 02:00 in Paris on Saturday is 20:00 on Friday in Montréal.
    expect(localTimeIn(at('2026-12-12T02:00:00+01:00'), 'America/Toronto')).toEqual({
      date: '2026-12-11',
      weekday: 'fri',
      time: '20:00',
    });
    expect(localTimeIn(at('2026-12-11T23:30:00-05:00'), 'Asia/Tokyo')).toEqual({
      date: '2026-12-12',
      weekday: 'sat',
      time: '13:30',
    });
  });

  test('daylight saving time starts and ends on the zone’s own dates', () => {
    // Montréal springs forward on Sunday 8 March 2026 at 02:00: 01:59 EST is followed by 03:00 EDT.
    expect(localTimeIn(at('2026-03-08T06:59:00Z'), 'America/Toronto').time).toBe('01:59');
    expect(localTimeIn(at('2026-03-08T07:00:00Z'), 'America/Toronto').time).toBe('03:00');
    // Paris falls back on Sunday 25 October 2026: 02:30 happens twice, an hour apart.
    expect(localTimeIn(at('2026-10-25T00:30:00Z'), 'Europe/Paris').time).toBe('02:30');
    expect(localTimeIn(at('2026-10-25T01:30:00Z'), 'Europe/Paris').time).toBe('02:30');
  });

  test('midnight reads 00:00, never 24:00', () => {
    expect(localTimeIn(at('2026-12-25T00:00:00-05:00'), 'America/Toronto')).toEqual({
      date: '2026-12-25',
      weekday: 'fri',
      time: '00:00',
    });
  });
});

describe('checkBusinessHours', () => {
  const schedule: Schedule = {
    timeZone: 'Europe/Paris',
    days: {
      mon: [
        { start: '09:00', end: '12:00' },
        { start: '14:00', end: '18:00' },
      ],
      tue: [],
      wed: [],
      thu: [],
      fri: [{ start: '20:00', end: '24:00' }],
      sat: [],
      sun: [],
    },
    holidays: [{ date: '2026-12-25', name: 'Noël' }],
  };

  test('open from a range’s start up to, not including, its end', () => {
    expect(checkBusinessHours(schedule, at('2026-12-07T09:00:00+01:00'))).toMatchObject({
      status: 'open',
      range: { start: '09:00', end: '12:00' },
    });
    expect(checkBusinessHours(schedule, at('2026-12-07T12:00:00+01:00')).status).toBe('closed');
    expect(checkBusinessHours(schedule, at('2026-12-07T14:30:00+01:00')).status).toBe('open');
  });

  test('a range ending at 24:00 stays open until midnight', () => {
    expect(checkBusinessHours(schedule, at('2026-12-11T23:59:00+01:00')).status).toBe('open');
    expect(checkBusinessHours(schedule, at('2026-12-12T00:00:00+01:00')).status).toBe('closed');
  });

  test('a holiday closes the whole local day, even in opening hours', () => {
    expect(checkBusinessHours(schedule, at('2026-12-25T20:30:00+01:00'))).toMatchObject({
      status: 'holiday',
      holiday: 'Noël',
      local: { date: '2026-12-25', weekday: 'fri' },
    });
  });
});
