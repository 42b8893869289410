import {
  JOB_TEXT_FIELDS,
  type Job,
  type JobInput,
  type JobPatch,
  type JobTextField,
  normalizeNewlines,
} from '@sona-designer/core';

/** The four text fields as the form holds them (untrimmed, as typed). */
export type JobValues = Record<JobTextField, string>;

export const EMPTY_VALUES: JobValues = { name: '', description: '', trigger: '', instructions: '' };

export function valuesOf(source: Partial<JobInput> | Job | undefined): JobValues {
  return {
    name: source?.name ?? '',
    description: source?.description ?? '',
    trigger: source?.trigger ?? '',
    instructions: source?.instructions ?? '',
  };
}

/** What the core stores for a typed value: newlines normalised, trimmed. */
export function stored(value: string): string {
  return normalizeNewlines(value).trim();
}

/** The fields whose stored value differs from the job: what an edit sends. */
export function patchOf(job: Job, values: JobValues): JobPatch {
  const patch: JobPatch = {};
  for (const field of JOB_TEXT_FIELDS) {
    if (stored(values[field]) !== job[field]) patch[field] = values[field];
  }
  return patch;
}

export function sameValues(a: JobValues, b: JobValues): boolean {
  return JOB_TEXT_FIELDS.every((field) => stored(a[field]) === stored(b[field]));
}
