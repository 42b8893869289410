import { type FieldErrors, type FieldValues, get } from 'react-hook-form';
import type * as z from 'zod';
import type { InspectorMessages } from '../i18n';
import { formatMessage } from '../i18n';

/**
 * Words for the few number checks the core's schemas leave to zod's defaults ("Too small: expected number to be >=1").
 * The core's own messages take precedence: zod uses a parse-level map only where the schema has none.
 */
export function fallbackErrorMap(text: InspectorMessages['fieldErrors']): z.core.$ZodErrorMap {
  return (issue) => {
    if (issue.code === 'invalid_type' && issue.expected === 'number') return text.number;
    if (issue.code === 'invalid_type' && issue.expected === 'int') return text.wholeNumber;
    if (issue.code === 'too_small' && issue.origin === 'number')
      return formatMessage(text.min, { min: Number(issue.minimum) });
    if (issue.code === 'too_big' && issue.origin === 'number')
      return formatMessage(text.max, { max: Number(issue.maximum) });
    return undefined;
  };
}

/** The message of the error at exactly this path (`options.1.digit`), if any. */
export function errorAt<T extends FieldValues>(errors: FieldErrors<T>, path: string): string | undefined {
  const error = get(errors, path) as { message?: unknown } | undefined;
  return typeof error?.message === 'string' ? error.message : undefined;
}

/** The error of a list as a whole (`mon`: overlapping ranges), which react-hook-form keeps under `root`. */
export function listErrorAt<T extends FieldValues>(errors: FieldErrors<T>, path: string): string | undefined {
  return errorAt(errors, `${path}.root`) ?? errorAt(errors, path);
}
