/** Rows and the number of rows a statement changed (UPDATE/DELETE/INSERT) or returned. */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

/** What runs statements: the database itself or one transaction. Parameters are `$1, $2…`; never put values in the text. */
export interface Queryable {
  /** One statement with parameters. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
  /** A script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * A Postgres database (a server through `postgres`, or embedded PGlite). Driver failures that mean the database
 * cannot be reached (refused, dropped, shut down, closed) reject with `DesignerError('UNAVAILABLE')`.
 */
export interface Database extends Queryable {
  /** `pglite` (one process, in memory or on disk) or `postgres` (a server, possibly shared by several processes). */
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws (the error is rethrown). */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onPayload` with each notification on `channel`; resolves with the function that stops listening. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Sends a notification (delivered to listeners of every process on the database). */
  notify(channel: string, payload: string): Promise<void>;
  /** Closes the connections (and the embedded database); later calls reject with `UNAVAILABLE`. */
  close(): Promise<void>;
}
