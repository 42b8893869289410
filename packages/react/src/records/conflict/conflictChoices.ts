import { stored } from '../editor/recordValues';
import type { RecordValues } from '../recordKind';

/** Which version of a field a merge keeps. */
export type Choice = 'theirs' | 'yours';

/** Who changed a field since the version the editor started from. */
export type FieldChange = 'same' | 'them' | 'you' | 'both';

/** Who changed a field since the version the editor started from (`base` undefined: created meanwhile). */
export function whoChanged(mine: string, theirs: string, base: string | undefined): FieldChange {
  if (mine === theirs) return 'same';
  if (base !== undefined && mine === base) return 'them';
  if (base !== undefined && theirs === base) return 'you';
  return 'both';
}

/** Who changed each field: `base` is the version the edit started from, `theirs` the one stored since. */
export function fieldChanges<F extends string>(
  fields: readonly F[],
  base: RecordValues<F>,
  theirs: RecordValues<F>,
  yours: RecordValues<F>,
): Record<F, FieldChange> {
  const changes = {} as Record<F, FieldChange>;
  for (const field of fields) changes[field] = whoChanged(stored(yours[field]), theirs[field], base[field]);
  return changes;
}

/** Their change where only they changed a field, yours wherever you changed it. */
export function defaultChoices<F extends string>(
  fields: readonly F[],
  changes: Record<F, FieldChange>,
): Record<F, Choice> {
  const choices = {} as Record<F, Choice>;
  for (const field of fields) choices[field] = changes[field] === 'them' ? 'theirs' : 'yours';
  return choices;
}

/** The values the choices make: theirs or yours, field by field. */
export function mergeChoices<F extends string>(
  fields: readonly F[],
  theirs: RecordValues<F>,
  yours: RecordValues<F>,
  choices: Record<F, Choice>,
): RecordValues<F> {
  const merged = {} as RecordValues<F>;
  for (const field of fields) merged[field] = choices[field] === 'theirs' ? theirs[field] : yours[field];
  return merged;
}
