export { migrate } from './migrate';
export { openDatabase } from './open';
export { openPglite } from './pglite';
export { openPostgres, type PostgresOptions } from './postgres';
export type { Database, Queryable, QueryResult } from './types';
export { isConnectionError, translateError, unavailable } from './unavailable';
