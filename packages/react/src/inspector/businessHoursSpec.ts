import {
  type BusinessHoursStep,
  BusinessHoursStepSchema,
  type Schedule,
  ScheduleSchema,
  WEEKDAYS,
  type Weekday,
} from '@sona-designer/core';
import * as z from 'zod';
import type { StepFormSpec } from './useStepForm';

export interface TimeRangeValue {
  start: string;
  end: string;
}

/** Each weekday is its own form value, so a mistake on Monday does not hold back a change on Tuesday. */
export type BusinessHoursValues = {
  title: string;
  timeZone: string;
  holidays: Schedule['holidays'];
} & Record<Weekday, TimeRangeValue[]>;

const days = ScheduleSchema.shape.days.shape;

export const businessHoursSpec: StepFormSpec<BusinessHoursStep, BusinessHoursValues> = {
  schema: z.object({
    title: BusinessHoursStepSchema.shape.title,
    timeZone: ScheduleSchema.shape.timeZone,
    mon: days.mon,
    tue: days.tue,
    wed: days.wed,
    thu: days.thu,
    fri: days.fri,
    sat: days.sat,
    sun: days.sun,
    holidays: ScheduleSchema.shape.holidays,
  }),
  toValues: (step) => ({
    title: step.title,
    timeZone: step.schedule.timeZone,
    ...step.schedule.days,
    holidays: step.schedule.holidays,
  }),
  toPatch: (valid, step) => {
    const patch: Partial<BusinessHoursStep> = {};
    if (typeof valid.title === 'string') patch.title = valid.title;
    const schedule = step.schedule;
    patch.schedule = {
      timeZone: (valid.timeZone as string | undefined) ?? schedule.timeZone,
      days: Object.fromEntries(
        WEEKDAYS.map((day) => [day, (valid[day] as TimeRangeValue[] | undefined) ?? schedule.days[day]]),
      ) as Schedule['days'],
      holidays: (valid.holidays as Schedule['holidays'] | undefined) ?? schedule.holidays,
    };
    return patch;
  },
};

function toMinutes(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

function toTime(minutes: number): string {
  const clamped = Math.max(0, Math.min(minutes, 23 * 60 + 59));
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}

/** A sensible range to add after the existing ones: a working day, or two hours after the last range ends. */
export function nextRange(ranges: readonly TimeRangeValue[]): TimeRangeValue {
  const last = ranges[ranges.length - 1];
  if (!last || !/^\d\d:\d\d$/.test(last.end)) return { start: '09:00', end: '17:00' };
  const start = toMinutes(last.end) + 60;
  return { start: toTime(start), end: toTime(start + 120) };
}
