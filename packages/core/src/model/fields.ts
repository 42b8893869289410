import * as z from 'zod';
import { findForbiddenControl, findUnpairedSurrogate, graphemeLengthUpTo, normalizeNewlines } from '../text';

/** Code units one character may take at most: see the length check in `textField`. */
const MAX_UNITS_PER_CHARACTER = 32;

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
      // A character as a person sees it takes at most a few code units (a family emoji with skin tones, 19): far more
      // is too long whatever it holds, refused before reading the text any further.
      if (value.length > max * MAX_UNITS_PER_CHARACTER) {
        ctx.addIssue({
          code: 'custom',
          message: `${label} is far too long: the limit is ${max} characters. Shorten it.`,
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
      const broken = findUnpairedSurrogate(value);
      if (broken >= 0) {
        ctx.addIssue({
          code: 'custom',
          message: `${label} contains a broken character at position ${broken + 1} (half of an emoji or symbol): delete it and type it again.`,
        });
      }
      // Counting stops a little past the limit, so a huge text is refused at the cost of the limit, not its size.
      const cap = max * 2;
      const length = graphemeLengthUpTo(value, cap);
      if (length > cap) {
        ctx.addIssue({
          code: 'custom',
          message: `${label} is too long: more than ${cap} characters, the limit is ${max}. Shorten it.`,
        });
      } else if (length > max) {
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

/** The highest version a record may carry when stored or imported. */
export const MAX_VERSION = 2 ** 50;

export const VersionSchema = z
  .number({ error: 'A version must be a number.' })
  .int({ error: 'A version must be a whole number.' })
  .min(1, { error: 'A version starts at 1.' })
  // Far below 2^53, so every later write still has a safe whole number to count to.
  .max(MAX_VERSION, { error: `A version is at most ${MAX_VERSION}.` });

export const TimestampSchema = z.iso.datetime({
  error: 'A date must be an ISO 8601 timestamp, e.g. 2026-01-31T09:00:00Z.',
});
