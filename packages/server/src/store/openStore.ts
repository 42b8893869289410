import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open';
import type { PostgresOptions } from '../db/postgres';
import { createPostgresStore, type PostgresStoreOptions } from './postgresStore';
import type { Store } from './types';

/** Options of `openStore`: the store's (clock, ids, event retention) and the Postgres pool's. */
export interface OpenStoreOptions extends PostgresStoreOptions, PostgresOptions {}

/**
 * Opens the database at `url` (`memory://`, `postgres://…`, or a folder for PGlite on disk), applies the pending
 * migrations (under an advisory lock) and returns the store. `close()` closes the database too.
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<Store> {
  const db = await openDatabase(url, options);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return createPostgresStore(db, options);
}
