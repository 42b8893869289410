import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoWorkspace } from '../demo/workspace';
import { isDesignerError } from '../errors';
import { mutate, mutation } from '../io/documentMutations.fixture';
import { createInMemoryAdapter } from './inMemory';

/*
 * The demo's own export, damaged in up to three ways, imported into the demo workspace in both modes: it is either
 * refused whole, with located problems and the workspace exactly as it was, or imported whole, and then the workspace
 * exports a document that imports back.
 */

const ROUNDS = Number(process.env.IMPORT_FUZZ_RUNS ?? 1000);

async function demoExport(): Promise<Record<string, unknown>> {
  const adapter = createInMemoryAdapter({ seed: demoWorkspace });
  return JSON.parse(JSON.stringify(await adapter.exportWorkspace()));
}

describe('importing damaged demo exports into the demo workspace', () => {
  it(`refuses with paths or imports whole, never partly and never with a crash (${ROUNDS} documents)`, async () => {
    const pristine = await demoExport();
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('merge' as const, 'replace' as const),
        fc.boolean(),
        async (changes, mode, asText) => {
          const doc = structuredClone(pristine);
          for (const change of changes) mutate(doc, change);
          const adapter = createInMemoryAdapter({ seed: demoWorkspace });
          const before = adapter.snapshot();
          const started = performance.now();
          let error: unknown = null;
          try {
            await adapter.importWorkspace(asText ? JSON.stringify(doc) : doc, { mode });
          } catch (caught) {
            error = caught;
          }
          // A guard against a pathological document, not a speed measurement (that is test/bench's job).
          expect(performance.now() - started).toBeLessThan(2000);
          if (error !== null) {
            expect(isDesignerError(error) && error.code).toBe('VALIDATION');
            if (isDesignerError(error)) {
              expect(error.problems?.length).toBeGreaterThan(0);
              for (const problem of error.problems ?? []) expect(problem.path).toMatch(/^\$/);
            }
            expect(adapter.snapshot()).toEqual(before);
            return;
          }
          const exported = await adapter.exportWorkspace();
          const fresh = createInMemoryAdapter();
          await fresh.importWorkspace(JSON.stringify(exported), { mode: 'replace' });
          expect((await fresh.exportWorkspace()).jobs).toEqual(exported.jobs);
        },
      ),
      { numRuns: ROUNDS },
    );
  }, 120_000);
});
