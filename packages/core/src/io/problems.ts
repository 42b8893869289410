import type * as z from 'zod';
import type { PathProblem } from '../errors';
import { capitalize, describeType, describeValue } from './describe';
import { isRecord } from './migrate';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A zod issue path in the notation people read in the file: `['jobs', 3, 'name']` → `$.jobs[3].name`. */
export function toJsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

type RawIssue = z.core.$ZodRawIssue;

function listChoices(values: readonly unknown[]): string {
  const shown = values.map((value) => JSON.stringify(value) ?? String(value));
  return shown.length <= 2 ? shown.join(' or ') : `one of ${shown.join(', ')}`;
}

function unionMessage(issue: RawIssue & { code: 'invalid_union' }): string | undefined {
  if ('note' in issue && issue.note === 'No matching discriminator') {
    const key = String(issue.discriminator);
    const value = isRecord(issue.input) ? issue.input[key] : undefined;
    const options = ((issue.options as unknown[] | undefined) ?? []).map(String).join(', ');
    return `Unknown ${key}: found ${describeValue(value)}, use one of ${options}.`;
  }
  const expected = new Set<string>();
  for (const branch of issue.errors) {
    for (const inner of branch) {
      if (inner.path.length > 0) return undefined;
      if (inner.code === 'invalid_type') expected.add(describeType(inner.expected));
      else if (inner.code === 'invalid_value') expected.add(listChoices(inner.values));
      else return undefined;
    }
  }
  return `Expected ${[...expected].join(' or ')}, found ${describeValue(issue.input)}.`;
}

function sizeMessage(issue: RawIssue & { code: 'too_big' | 'too_small' }): string {
  const big = issue.code === 'too_big';
  const limit = String(big ? issue.maximum : issue.minimum);
  const bound = big ? 'at most' : 'at least';
  if (issue.origin === 'array') return `This list must hold ${bound} ${limit} items.`;
  if (issue.origin === 'string') return `This text must be ${bound} ${limit} characters long.`;
  return `Found ${describeValue(issue.input)}: it must be ${bound} ${limit}.`;
}

/**
 * Messages for the issues the model schemas leave to zod's defaults, worded for a person fixing a file.
 * Messages written in the schemas themselves take precedence over these.
 */
export function importIssueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined)
        return 'This field is missing: add it, or export the file again from Sona Designer.';
      return `Expected ${describeType(issue.expected)}, found ${describeValue(issue.input)}.`;
    case 'invalid_union':
      return unionMessage(issue);
    case 'invalid_value':
      return `${capitalize(describeValue(issue.input))} is not allowed here: use ${listChoices(issue.values)}.`;
    case 'too_big':
    case 'too_small':
      return sizeMessage(issue);
    default:
      return undefined;
  }
}

export function issuesToProblems(issues: readonly z.core.$ZodIssue[]): PathProblem[] {
  return issues.map((issue) => ({
    path: toJsonPath(issue.path),
    message: issue.message || 'This value is not valid.',
  }));
}
