import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './types';

/** The folder of the SQL migrations, `packages/server/migrations` (the same from `src/db` and `dist/db`). */
export const MIGRATIONS_DIR = new URL('../../migrations/', import.meta.url);

/** Any fixed number: every server process takes this advisory lock while it migrates. */
const MIGRATION_LOCK = 7_146_201_337;

/**
 * Applies the migrations not applied yet (`NNN_name.sql`, in name order), each recorded in `schema_migrations`, all in
 * one transaction under an advisory lock: two processes starting together apply each migration once. Returns the
 * names applied now.
 */
export async function migrate(db: Database, directory: URL = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(directory)).filter((name) => /^\d+_.*\.sql$/.test(name)).sort();
  const scripts = await Promise.all(
    files.map(async (name) => ({ name, sql: await readFile(new URL(name, directory), 'utf8') })),
  );
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((row) => row.name),
    );
    const applied: string[] = [];
    for (const script of scripts) {
      if (done.has(script.name)) continue;
      await tx.exec(script.sql);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [script.name]);
      applied.push(script.name);
    }
    return applied;
  });
}
