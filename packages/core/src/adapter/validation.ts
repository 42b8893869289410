import type * as z from 'zod';
import { DesignerError, type PathProblem } from '../errors';
import { toJsonPath } from '../io/problems';

/** Parses a person's input or throws `VALIDATION` with one message per field and every problem with its path. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  const problems: PathProblem[] = [];
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : '';
    if (field && !(field in fieldErrors)) fieldErrors[field] = issue.message;
    problems.push({ path: toJsonPath(issue.path), message: issue.message });
  }
  const first = problems[0]?.message ?? 'it is not valid';
  throw new DesignerError('VALIDATION', `The ${what} could not be saved: ${first}`, {
    fieldErrors,
    problems,
  });
}
