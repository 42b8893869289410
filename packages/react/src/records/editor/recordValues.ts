import { normalizeNewlines } from '@sona-designer/core';
import type { RecordValues } from '../recordKind';

/** What the core stores for a typed value: newlines normalised, trimmed. */
export function stored(value: string): string {
  return normalizeNewlines(value).trim();
}

/** The form's values for `fields` from a record or a starting point; a field it lacks is empty. */
export function valuesOf<F extends string>(
  fields: readonly F[],
  source: Partial<Record<F, string | undefined>> | null | undefined,
): RecordValues<F> {
  const values = {} as RecordValues<F>;
  for (const field of fields) values[field] = source?.[field] ?? '';
  return values;
}

/** The fields whose stored value differs from the record's: what an edit sends. */
export function patchOf<F extends string>(
  fields: readonly F[],
  record: RecordValues<F>,
  values: RecordValues<F>,
): Partial<RecordValues<F>> {
  const patch: Partial<RecordValues<F>> = {};
  for (const field of fields) if (stored(values[field]) !== record[field]) patch[field] = values[field];
  return patch;
}

/** Whether two sets of values would store the same text. */
export function sameValues<F extends string>(
  fields: readonly F[],
  a: RecordValues<F>,
  b: RecordValues<F>,
): boolean {
  return fields.every((field) => stored(a[field]) === stored(b[field]));
}
