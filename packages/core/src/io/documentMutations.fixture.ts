import fc from 'fast-check';

// Damage done to an export the way a person, a broken tool or an attacker would: the import fuzz tests apply it.

export type Key = string | number;
type Node = Record<string, unknown> | unknown[];

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

/** The path of every value below the root, in document order. */
function allPaths(root: unknown): Key[][] {
  const paths: Key[][] = [];
  const stack: { value: unknown; path: Key[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: Key[] };
    if (path.length > 0) paths.push(path);
    if (!isNode(value)) continue;
    const entries: [Key, unknown][] = Array.isArray(value)
      ? value.map((child, i) => [i, child])
      : Object.entries(value);
    for (const [key, child] of entries.reverse()) stack.push({ value: child, path: [...path, key] });
  }
  return paths;
}

function valueAt(root: unknown, path: Key[]): unknown {
  let node = root;
  for (const key of path) node = (node as Record<Key, unknown>)[key];
  return node;
}

const parentOf = (root: unknown, path: Key[]) => valueAt(root, path.slice(0, -1)) as Node;

function toJsonPath(path: Key[]): string {
  return `$${path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('')}`;
}

const pick = <T>(list: readonly T[], index: number): T | undefined => list[index % Math.max(list.length, 1)];

/** Paths of names a person types (limit 100): job and flow names, step titles. */
function namePaths(doc: unknown): Key[][] {
  return allPaths(doc).filter(
    (path) =>
      (path.length === 3 && (path[0] === 'jobs' || path[0] === 'callFlows') && path[2] === 'name') ||
      (path.length === 6 && path[2] === 'draft' && path[5] === 'title'),
  );
}

// Forbidden control characters (tab and newline are allowed; \r becomes a newline).
const CONTROL_CHARS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0085',
];

/** One damage to a document. */
export const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-key' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('replace-value' as const),
    at: fc.nat(),
    value: fc.jsonValue({ maxDepth: 3 }),
  }),
  fc.record({
    kind: fc.constant('duplicate-id' as const),
    collection: fc.constantFrom('jobs', 'knowledge', 'callFlows', 'testCases'),
    from: fc.nat(),
    offset: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('control-char' as const),
    at: fc.nat(),
    position: fc.nat(),
    char: fc.constantFrom(...CONTROL_CHARS),
  }),
  fc.record({
    kind: fc.constant('long-name' as const),
    at: fc.nat(),
    filler: fc.constantFrom('x', 'é', '👍🏽', '👨‍👩‍👧'),
  }),
  fc.record({
    kind: fc.constant('prototype-key' as const),
    at: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor'),
  }),
  fc.record({
    kind: fc.constant('deep-nesting' as const),
    at: fc.nat(),
    depth: fc.integer({ min: 50, max: 1000 }),
  }),
  fc.record({
    kind: fc.constant('schema-version' as const),
    value: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.double(), fc.string({ maxLength: 3 })),
  }),
);
// Depth stays modest so that the test's own JSON.stringify fits the stack; import.test.ts parses far deeper input.
export type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** Applies a mutation in place; returns the path that must then be reported, when the mutation surely breaks the file. */
export function mutate(doc: Record<string, unknown>, change: Mutation): string | null {
  switch (change.kind) {
    case 'delete-key': {
      const path = pick(
        allPaths(doc).filter((candidate) => typeof candidate.at(-1) === 'string'),
        change.at,
      );
      if (path) delete (parentOf(doc, path) as Record<string, unknown>)[path.at(-1) as string];
      return null;
    }
    case 'replace-value': {
      const path = pick(allPaths(doc), change.at);
      if (path) (parentOf(doc, path) as Record<Key, unknown>)[path.at(-1) as Key] = change.value;
      return null;
    }
    case 'duplicate-id': {
      const list = doc[change.collection] as { id: unknown }[] | undefined;
      if (!Array.isArray(list) || list.length < 2 || !list.every(isNode)) return null;
      const from = change.from % list.length;
      const to = (from + 1 + (change.offset % (list.length - 1))) % list.length;
      const source = list[from] as { id: unknown };
      const target = list[to] as { id: unknown };
      target.id = source.id;
      return typeof source.id === 'string' ? `$.${change.collection}[${Math.max(from, to)}].id` : null;
    }
    case 'control-char':
    case 'long-name': {
      const path = pick(namePaths(doc), change.at);
      if (!path) return null;
      const parent = parentOf(doc, path) as Record<string, unknown>;
      const key = path.at(-1) as string;
      const name = parent[key];
      if (typeof name !== 'string' || name.trim().length < 2) return null;
      if (change.kind === 'long-name') parent[key] = change.filler.repeat(101);
      else {
        const position = 1 + (change.position % (name.length - 1));
        parent[key] = `${name.slice(0, position)}${change.char}${name.slice(position)}`;
      }
      return toJsonPath(path);
    }
    case 'prototype-key': {
      const isObject = (value: unknown) => isNode(value) && !Array.isArray(value);
      const objects = [[], ...allPaths(doc).filter((path) => isObject(valueAt(doc, path)))];
      const target = valueAt(doc, pick(objects, change.at) ?? []);
      if (isObject(target)) {
        Object.defineProperty(target, change.key, {
          value: { polluted: true },
          enumerable: true,
          writable: true,
          // Configurable like a key JSON.parse makes, so a later mutation may delete it.
          configurable: true,
        });
      }
      return null;
    }
    case 'deep-nesting': {
      const path = pick(allPaths(doc), change.at);
      let nested: unknown = 'bottom';
      for (let level = 0; level < change.depth; level++) nested = level % 2 ? [nested] : { nested };
      if (path) (parentOf(doc, path) as Record<Key, unknown>)[path.at(-1) as Key] = nested;
      return null;
    }
    case 'schema-version':
      doc.schemaVersion = change.value;
      // Every version up to the current one is read (older ones migrated).
      return change.value === 1 || change.value === 2 || change.value === 3 ? null : '$.schemaVersion';
  }
}
