import postgres from 'postgres';
import type { Database, Queryable, QueryResult } from './types';
import { translateError, unavailable } from './unavailable';

/** What `openPostgres` takes beside the URL. */
export interface PostgresOptions {
  /** Connections in the pool (10 by default). */
  max?: number;
}

type Client = postgres.Sql | postgres.TransactionSql;

function wrap(client: Client): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await client.unsafe(sql, params as postgres.ParameterOrJSON<never>[]);
      return { rows: [...result] as Row[], rowCount: result.count ?? result.length };
    },
    async exec(sql: string): Promise<void> {
      await client.unsafe(sql).simple();
    },
  };
}

/**
 * A Postgres server through a `postgres` pool. A dropped or refused connection rejects with `UNAVAILABLE`; the pool
 * opens new connections on the next calls, so the store recovers by itself once the server is back.
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => undefined,
  });
  let closed = false;
  const direct = wrap(sql);

  async function guard<T>(work: () => Promise<T>): Promise<T> {
    if (closed) throw unavailable();
    try {
      return await work();
    } catch (error) {
      return translateError(error);
    }
  }

  const database: Database = {
    kind: 'postgres',
    query: (text, params) => guard(() => direct.query(text, params)),
    exec: (text) => guard(() => direct.exec(text)),
    transaction: (fn) =>
      guard(async () => (await sql.begin((tx) => fn(wrap(tx)))) as Awaited<ReturnType<typeof fn>>),
    listen: (channel, onPayload) =>
      guard(async () => {
        // postgres re-listens on a new connection by itself after the listening one drops.
        const request = await sql.listen(channel, onPayload);
        return async () => {
          if (!closed) await request.unlisten();
        };
      }),
    notify: (channel, payload) =>
      guard(async () => {
        await sql.notify(channel, payload);
      }),
    async close() {
      if (closed) return;
      closed = true;
      await sql.end({ timeout: 5 });
    },
  };
  // Fails fast (UNAVAILABLE) when the server cannot be reached at all.
  await database.query('SELECT 1');
  return database;
}
