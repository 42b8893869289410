import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDesignerError } from '@sona-designer/core';
import { jobInput } from '@sona-designer/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/openStore';
import { migrate } from './migrate';
import { openDatabase } from './open';
import { isConnectionError } from './unavailable';

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sona-store-'));
});

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('database on a folder (PGlite on disk)', () => {
  it('migrates once, keeps data across reopening, and applies nothing the second time', async () => {
    const path = join(folder, 'data');
    const first = await openDatabase(path);
    expect(first.kind).toBe('pglite');
    expect(await migrate(first)).toEqual(['001_initial.sql', '002_test_cases.sql']);
    expect(await migrate(first)).toEqual([]);
    await first.close();

    const store = await openStore(path);
    const job = await store.workspace('w').createJob(jobInput({ name: 'Kept on disk' }));
    await store.close();

    const again = await openDatabase(path);
    expect(await migrate(again)).toEqual([]);
    const { rows } = await again.query<{ name: string }>('SELECT name FROM schema_migrations');
    expect(rows.map((row) => row.name)).toEqual(['001_initial.sql', '002_test_cases.sql']);
    const stored = await again.query<{ name: string }>(
      'SELECT name FROM jobs WHERE workspace_id = $1 AND id = $2',
      ['w', job.id],
    );
    expect(stored.rows).toEqual([{ name: 'Kept on disk' }]);

    // A closed database answers UNAVAILABLE (retryable), for queries, transactions and the store.
    await again.close();
    const error = await again.query('SELECT 1').catch((caught: unknown) => caught);
    expect(isDesignerError(error, 'UNAVAILABLE')).toBe(true);
    const inTransaction = await again
      .transaction(async (tx) => tx.query('SELECT 1'))
      .catch((caught: unknown) => caught);
    expect(isDesignerError(inTransaction, 'UNAVAILABLE')).toBe(true);
  });

  it('answers UNAVAILABLE from every store operation once the store is closed', async () => {
    const store = await openStore(join(folder, 'closed'));
    const ops = store.workspace('w');
    await ops.createJob(jobInput());
    await store.close();
    for (const attempt of [ops.listJobs(), ops.createJob(jobInput()), store.readEvents('w', 0, 10)]) {
      const error = await attempt.catch((caught: unknown) => caught);
      expect(isDesignerError(error, 'UNAVAILABLE')).toBe(true);
    }
  });
});

describe('connection errors', () => {
  it.each([
    [{ code: 'ECONNREFUSED' }, true],
    [{ code: '57P01' }, true],
    [{ code: 'CONNECTION_CLOSED' }, true],
    [{ code: '08006' }, true],
    [{ errors: [{ code: 'ECONNREFUSED' }] }, true],
    [{ code: '23505' }, false],
    [{ code: '42P01' }, false],
  ])('classifies %o as unreachable: %s', (error, expected) => {
    expect(isConnectionError(error)).toBe(expected);
  });

  it('answers UNAVAILABLE when no Postgres server listens at the URL', async () => {
    const error = await openDatabase('postgres://nobody:secret@127.0.0.1:1/none').catch(
      (caught: unknown) => caught,
    );
    expect(isDesignerError(error, 'UNAVAILABLE')).toBe(true);
  });
});
