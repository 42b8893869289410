import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Job } from '../model/job';
import { createInMemoryAdapter } from './inMemory';
import type { JobSort } from './types';

/*
 * Searches remember their last matches to narrow the next one (typing "bo" after "b"). Whatever was searched
 * before, and whatever changed meanwhile, a search must answer exactly what a fresh copy of the workspace answers.
 */

const WORDS = ['boiler', 'bolt', 'water', 'wash', 'kitchen', 'ki', 'Laval', 'lachine', 'Élan', 'café'];

function job(index: number, name: string, description: string, trigger: string): Job {
  const stamp = new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString();
  return {
    id: `job-${index}`,
    name,
    description,
    trigger,
    instructions: '1. Help.',
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }).map((words) => words.join(' '));
const jobs = fc
  .array(fc.tuple(text, text, text), { minLength: 1, maxLength: 30 })
  .map((rows) =>
    rows.map(([name, description, trigger], index) =>
      job(index, name || `Job ${index}`, description, trigger),
    ),
  );
/** What a person types: prefixes of words, then more, with a change of mind now and then. */
const query = fc
  .array(
    fc.constantFrom(...WORDS).chain((word) => fc.nat(word.length).map((end) => word.slice(0, end + 1))),
    {
      maxLength: 2,
    },
  )
  .map((parts) => parts.join(' '));
type Step =
  | { kind: 'search'; query: string; sort: JobSort; limit: number }
  | { kind: 'rename'; job: number; name: string };
const step = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('search' as const),
      query,
      sort: fc.constantFrom<JobSort>('name', 'updated', 'created', 'usage'),
      limit: fc.integer({ min: 1, max: 10 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('rename' as const), job: fc.nat(29), name: text }),
  },
) as fc.Arbitrary<Step>;

describe('listJobs search', () => {
  it('answers each search of a sequence as a fresh workspace does, every page of it', async () => {
    await fc.assert(
      fc.asyncProperty(jobs, fc.array(step, { minLength: 1, maxLength: 12 }), async (seed, steps) => {
        const adapter = createInMemoryAdapter({ seed: { jobs: seed } });
        for (const next of steps) {
          if (next.kind === 'rename') {
            const target = seed[next.job % seed.length] as Job;
            const current = await adapter.getJob(target.id);
            await adapter.updateJob(target.id, { name: next.name || 'Renamed' }, current.version);
            continue;
          }
          const fresh = createInMemoryAdapter({ seed: { jobs: adapter.snapshot().jobs } });
          const request = { query: next.query, sort: next.sort, limit: next.limit };
          let cursor: string | undefined;
          do {
            const page = await adapter.listJobs({ ...request, ...(cursor ? { cursor } : {}) });
            const expected = await fresh.listJobs({ ...request, ...(cursor ? { cursor } : {}) });
            expect(page).toEqual(expected);
            cursor = page.nextCursor ?? undefined;
          } while (cursor);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('matches every word of the query, accents and case aside, in the name, description or trigger', async () => {
    const seed = [
      job(0, 'Boiler repair', 'Gas boilers', 'The caller has no heat'),
      job(1, 'Bolt lock', 'Doors', 'The caller is locked out in Laval'),
      job(2, 'Café order', 'Élan coffee', 'The caller wants coffee'),
    ];
    const adapter = createInMemoryAdapter({ seed: { jobs: seed } });
    const names = async (text: string) =>
      (await adapter.listJobs({ query: text })).items.map((found) => found.name);
    expect(await names('b')).toEqual(['Boiler repair', 'Bolt lock']);
    expect(await names('bo')).toEqual(['Boiler repair', 'Bolt lock']);
    expect(await names('boi')).toEqual(['Boiler repair']);
    expect(await names('bo laval')).toEqual(['Bolt lock']);
    expect(await names('CAFE elan')).toEqual(['Café order']);
    expect(await names('cafe')).toEqual(['Café order']);
    expect(await names('  ')).toEqual(['Boiler repair', 'Bolt lock', 'Café order']);
  });
});
