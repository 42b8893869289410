import * as z from 'zod';
import { findForbiddenControl, graphemeLength, normalizeNewlines } from '../text';

export interface TextFieldOptions {
  /** Label used in messages, e.g. "Name". */
  label: string;
  max: number;
  required?: boolean;
  /** What to write when the field is required and blank, e.g. 'give the job a short name'. */
  requiredHint?: string;
  /** Single-line fields refuse newlines (names, titles). */
  singleLine?: boolean;
}

/** A person-typed text field: newlines normalised, trimmed, limits in graphemes, messages that say what to do. */
export function textField({
  label,
  max,
  required = false,
  requiredHint,
  singleLine = false,
}: TextFieldOptions) {
  return z
    .string({ error: `${label} must be text.` })
    .transform((value) => normalizeNewlines(value).trim())
    .superRefine((value, ctx) => {
      if (required && value.length === 0) {
        ctx.addIssue({
          code: 'custom',
          message: `${label} is required: ${requiredHint ?? `enter the ${label.toLowerCase()}`}.`,
        });
        return;
      }
      const forbidden = findForbiddenControl(value);
      if (forbidden >= 0) {
        ctx.addIssue({
          code: 'custom',
          message: `${label} contains an invisible control character at position ${forbidden + 1}: remove it (only line breaks and tabs are allowed).`,
        });
      }
      if (singleLine && value.includes('\n')) {
        ctx.addIssue({ code: 'custom', message: `${label} must fit on one line: remove the line breaks.` });
      }
      const length = graphemeLength(value);
      if (length > max) {
        ctx.addIssue({
          code: 'custom',
          message: `${label} is too long: ${length} characters, the limit is ${max}. Shorten it by ${length - max}.`,
        });
      }
    });
}

export const IdSchema = z
  .string({ error: 'An id must be text.' })
  .min(1, { error: 'An id cannot be empty.' })
  .max(200, { error: 'An id is at most 200 characters.' });

export const VersionSchema = z
  .number({ error: 'A version must be a number.' })
  .int({ error: 'A version must be a whole number.' })
  .min(1, { error: 'A version starts at 1.' });

export const TimestampSchema = z.iso.datetime({
  error: 'A date must be an ISO 8601 timestamp, e.g. 2026-01-31T09:00:00Z.',
});
