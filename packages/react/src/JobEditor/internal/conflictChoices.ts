import { JOB_TEXT_FIELDS, type Job, type JobTextField } from '@sona-designer/core';
import { type JobValues, stored } from './jobValues';

export type Choice = 'theirs' | 'yours';
export type FieldChange = 'same' | 'them' | 'you' | 'both';

/** Who changed a field since the version this editor started from. */
export function fieldChange(field: JobTextField, base: Job, theirs: Job, yours: JobValues): FieldChange {
  const mine = stored(yours[field]);
  if (mine === theirs[field]) return 'same';
  if (mine === base[field]) return 'them';
  if (theirs[field] === base[field]) return 'you';
  return 'both';
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
