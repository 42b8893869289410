import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CallFlowSchema } from '../model/callFlow';
import { CallSummarySchema } from '../model/callSummary';
import { JobSchema } from '../model/job';
import { KnowledgePageSchema } from '../model/knowledge';
import { exportWorkspace } from './export';
import { parseImportDocument } from './import';
import { richWorkspace } from './workspace.fixture';

type Key = string | number;
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

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-key' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('replace-value' as const),
    at: fc.nat(),
    value: fc.jsonValue({ maxDepth: 3 }),
  }),
  fc.record({
    kind: fc.constant('duplicate-id' as const),
    collection: fc.constantFrom('jobs', 'knowledge', 'callFlows'),
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
    value: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.double(), fc.string({ maxLength: 3 })),
  }),
);
// Depth stays modest so that the test's own JSON.stringify fits the stack; import.test.ts parses far deeper input.
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** Applies a mutation in place; returns the path that must then be reported, when the mutation surely breaks the file. */
function mutate(doc: Record<string, unknown>, change: Mutation): string | null {
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
      return change.value === 1 || change.value === 2 ? null : '$.schemaVersion';
  }
}

const richExport = () =>
  JSON.parse(JSON.stringify(exportWorkspace(richWorkspace()))) as Record<string, unknown>;

describe('parseImportDocument on damaged documents', () => {
  it('never throws, locates every problem, and returns only valid data', () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
        fc.boolean(),
        (changes, truncateAt, asText) => {
          const doc = richExport();
          const mustReport = changes.map((change) => mutate(doc, change));
          const text = JSON.stringify(doc);
          const truncated = truncateAt === null ? null : text.slice(0, truncateAt % text.length);
          const input = truncated ?? (asText ? text : doc);

          const result = parseImportDocument(input);

          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          if (typeof input !== 'string') expect(JSON.stringify(input)).toBe(text);
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const problem of result.problems) {
              expect(problem.path).toMatch(/^\$/);
              expect(problem.message.trim()).not.toBe('');
            }
          } else {
            const { value } = result;
            expect(JobSchema.array().safeParse(value.jobs).success).toBe(true);
            expect(KnowledgePageSchema.array().safeParse(value.knowledge).success).toBe(true);
            expect(CallFlowSchema.array().safeParse(value.callFlows).success).toBe(true);
            expect(CallSummarySchema.array().safeParse(value.callSummaries).success).toBe(true);
            const again = parseImportDocument(JSON.stringify(exportWorkspace(value)));
            expect(again.ok && again.value).toEqual(value);
          }
          if (truncated !== null) {
            expect(result).toEqual({ ok: false, problems: [{ path: '$', message: expect.any(String) }] });
          } else if (changes.length === 1 && mustReport[0]) {
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.problems.map((problem) => problem.path)).toContain(mustReport[0]);
          }
        },
      ),
      { numRuns: 600 },
    );
  }, 60_000);
});
