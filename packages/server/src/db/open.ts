import { openPglite } from './pglite';
import { openPostgres, type PostgresOptions } from './postgres';
import type { Database } from './types';

/**
 * Opens a database from a URL: `memory://` is an in-memory PGlite, `postgres://…` or `postgresql://…` a Postgres
 * server, anything else a folder for PGlite on disk (created if missing).
 */
export async function openDatabase(url: string, options: PostgresOptions = {}): Promise<Database> {
  if (url === 'memory://' || url === 'memory:') return openPglite();
  if (/^postgres(ql)?:\/\//i.test(url)) return openPostgres(url, options);
  return openPglite(url);
}
