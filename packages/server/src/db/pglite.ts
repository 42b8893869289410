import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, QueryResult } from './types';
import { translateError, unavailable } from './unavailable';

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await target.query<Row>(sql, [...params]);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rowCount ?? result.rows.length };
    },
    async exec(sql: string): Promise<void> {
      await target.exec(sql);
    },
  };
}

/**
 * Embedded Postgres (PGlite) in this process: in memory when `dataDir` is undefined, else in that folder (created if
 * missing). One connection: statements and transactions run one at a time, in the order asked.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  const pg = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir);
  let closed = false;
  const direct = wrap(pg);

  async function guard<T>(work: () => Promise<T>): Promise<T> {
    if (closed || pg.closed) throw unavailable();
    try {
      return await work();
    } catch (error) {
      if (closed || pg.closed) throw unavailable(error);
      return translateError(error);
    }
  }

  return {
    kind: 'pglite',
    query: (sql, params) => guard(() => direct.query(sql, params)),
    exec: (sql) => guard(() => direct.exec(sql)),
    transaction: (fn) => guard(() => pg.transaction((tx) => fn(wrap(tx)))),
    listen: (channel, onPayload) =>
      guard(async () => {
        const stop = await pg.listen(channel, onPayload);
        return async () => {
          if (!closed && !pg.closed) await stop();
        };
      }),
    notify: (channel, payload) =>
      guard(async () => {
        await pg.query('SELECT pg_notify($1, $2)', [channel, payload]);
      }),
    async close() {
      if (closed) return;
      closed = true;
      await pg.close();
    },
  };
}
