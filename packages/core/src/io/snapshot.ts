import type { PathProblem } from '../errors';
import { IMPORT_BOUNDS } from './bounds';
import { describeValue } from './describe';

/** The deepest nesting a document may have; an export's deepest value (a step's settings) is about 8 levels down. */
export const MAX_DOCUMENT_DEPTH = 64;

/** The most values a document may hold, about one per 10 bytes of the largest text accepted. */
export const MAX_DOCUMENT_VALUES = 5_000_000;

/** The longest array anywhere in a document: the largest collection bound. */
const MAX_ARRAY_LENGTH = Math.max(
  IMPORT_BOUNDS.jobs,
  IMPORT_BOUNDS.knowledge,
  IMPORT_BOUNDS.callFlows,
  IMPORT_BOUNDS.callSummaries,
  IMPORT_BOUNDS.testCases,
  IMPORT_BOUNDS.edgesPerGraph,
);

/** What `plainSnapshot` gives: the plain copy, or the first problem that stopped it, with its path. */
export type SnapshotResult = { ok: true; value: unknown } | { ok: false; problem: PathProblem };

interface Pending {
  source: unknown;
  target: Record<string, unknown> | unknown[];
  key: string | number;
  path: string;
  depth: number;
}

/** Paths stop growing below this depth: a path of 64 segments would tell a person nothing. */
const SHOWN_PATH_DEPTH = 6;

const keyPath = (path: string, key: string | number) =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? `${path}.${key}`
      : `${path}[${JSON.stringify(key)}]`;

function refuse(path: string, message: string): SnapshotResult {
  return { ok: false, problem: { path, message } };
}

/**
 * A plain-data copy of a value given to an import, read once: every property is read a single time, so a getter or a
 * proxy cannot show one value to validation and another to the write; the caller's object is never changed or kept.
 * Iterative (no recursion), so a deeply nested value is refused with a path instead of overflowing the stack; stops
 * at the first value JSON cannot hold (a function, a Date, a Map), a value that contains itself, an array longer than any collection may
 * be, too deep a nesting, or too many values.
 */
export function plainSnapshot(input: unknown): SnapshotResult {
  const root: unknown[] = [];
  const stack: Pending[] = [{ source: input, target: root, key: 0, path: '$', depth: 0 }];
  let values = 0;
  while (stack.length > 0) {
    const { source, target, key, path, depth } = stack.pop() as Pending;
    const childPath = (child: string | number) => (depth < SHOWN_PATH_DEPTH ? keyPath(path, child) : path);
    values += 1;
    if (values > MAX_DOCUMENT_VALUES)
      return refuse(
        '$',
        `The document holds more than ${MAX_DOCUMENT_VALUES.toLocaleString('en-US')} values; it cannot be an export of one workspace.`,
      );
    const place = (value: unknown) => {
      (target as Record<string | number, unknown>)[key] = value;
    };
    if (source === null || typeof source === 'string' || typeof source === 'boolean') {
      place(source);
      continue;
    }
    if (typeof source === 'number') {
      if (!Number.isFinite(source))
        return refuse(path, `${describeValue(source)} is not a number JSON can hold.`);
      place(source);
      continue;
    }
    if (typeof source !== 'object')
      return refuse(path, `${describeValue(source)} cannot be part of a JSON document.`);
    if (depth >= MAX_DOCUMENT_DEPTH)
      return refuse(
        path,
        `Below this, the document is nested more than ${MAX_DOCUMENT_DEPTH} levels deep (or contains itself); an export never is.`,
      );
    if (Array.isArray(source)) {
      const length = source.length;
      if (length > MAX_ARRAY_LENGTH)
        return refuse(
          path,
          `This list holds ${length.toLocaleString('en-US')} items; no list of an export may hold more than ${MAX_ARRAY_LENGTH.toLocaleString('en-US')}.`,
        );
      const copy: unknown[] = new Array(length);
      place(copy);
      for (let index = length - 1; index >= 0; index--)
        stack.push({
          source: source[index],
          target: copy,
          key: index,
          path: childPath(index),
          depth: depth + 1,
        });
      continue;
    }
    const prototype = Object.getPrototypeOf(source);
    if (prototype !== Object.prototype && prototype !== null)
      return refuse(path, `${describeValue(source)} is not plain data that a JSON document can hold.`);
    // Only own enumerable string keys, as JSON.stringify would; `__proto__` becomes an ordinary key of a null-prototype copy.
    const copy: Record<string, unknown> = Object.create(null);
    place(copy);
    const keys = Object.keys(source);
    for (let index = keys.length - 1; index >= 0; index--) {
      const name = keys[index] as string;
      const value = (source as Record<string, unknown>)[name];
      if (value === undefined) continue;
      stack.push({ source: value, target: copy, key: name, path: childPath(name), depth: depth + 1 });
    }
  }
  return { ok: true, value: root[0] };
}
