import { createStep } from '@sona-designer/core';
import { describe, expect, test } from 'vitest';
import { formatPhoneNumber } from '../../ui';
import { readableTimeZone, summariseSchedule } from './scheduleSummary';

describe('summariseSchedule', () => {
  test('groups consecutive days with the same hours and leaves closed days out', () => {
    const { schedule } = createStep('business-hours', 'hours');
    schedule.days.sat = [{ start: '09:00', end: '13:00' }];
    expect(summariseSchedule(schedule, 'en')).toEqual(['Mon–Fri 09:00–17:00', 'Sat 09:00–13:00']);
    expect(summariseSchedule(schedule, 'fr')).toEqual(['lun.–ven. 09:00–17:00', 'sam. 09:00–13:00']);
  });

  test('lists several ranges of one day and says nothing for a week with no hours', () => {
    const { schedule } = createStep('business-hours', 'hours');
    schedule.days.wed = [
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ];
    expect(summariseSchedule(schedule, 'en')).toEqual([
      'Mon–Tue 09:00–17:00',
      'Wed 08:00–12:00, 13:00–17:00',
      'Thu–Fri 09:00–17:00',
    ]);
    for (const day of ['mon', 'tue', 'wed', 'thu', 'fri'] as const) schedule.days[day] = [];
    expect(summariseSchedule(schedule, 'en')).toEqual([]);
  });
});

test('time zones and numbers are written for people', () => {
  expect(readableTimeZone('America/Port_of_Spain')).toBe('America / Port of Spain');
  expect(formatPhoneNumber('+15145550100')).toBe('+1 514-555-0100');
  expect(formatPhoneNumber('+33123456789')).toBe('+33 1 23 45 67 89');
  expect(formatPhoneNumber('+442071234567')).toBe('+442071234567');
});
