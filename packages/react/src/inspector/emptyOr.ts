import * as z from 'zod';

/**
 * A text field that may stay empty (the draft allows it) but must pass the core's schema once something is typed.
 * Unlike a union, the error is the core's own message ("Enter the number in international format…").
 */
export function emptyOr<T, E>(schema: z.ZodType<T>, empty: E) {
  return z.string().transform((value, context): T | E => {
    if (value.trim() === '') return empty;
    const parsed = schema.safeParse(value.trim());
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) context.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  });
}
