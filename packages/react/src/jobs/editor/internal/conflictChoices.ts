import { JOB_TEXT_FIELDS, type Job, type JobTextField } from '@sona-designer/core';
import { type Choice, type FieldChange, whoChanged } from '../../../records';
import { type JobValues, stored } from './jobValues';

export type { Choice, FieldChange };

/** Who changed a field since the version this editor started from. */
export function fieldChange(field: JobTextField, base: Job, theirs: Job, yours: JobValues): FieldChange {
  return whoChanged(stored(yours[field]), theirs[field], base[field]);
}

/** Their change where only they changed a field, yours wherever you changed it. */
export function defaultChoices(base: Job, theirs: Job, yours: JobValues): Record<JobTextField, Choice> {
  const choices = {} as Record<JobTextField, Choice>;
  for (const field of JOB_TEXT_FIELDS) {
    choices[field] = fieldChange(field, base, theirs, yours) === 'them' ? 'theirs' : 'yours';
  }
  return choices;
}

export function mergeChoices(
  theirs: Job,
  yours: JobValues,
  choices: Record<JobTextField, Choice>,
): JobValues {
  const merged = {} as JobValues;
  for (const field of JOB_TEXT_FIELDS)
    merged[field] = choices[field] === 'theirs' ? theirs[field] : yours[field];
  return merged;
}
