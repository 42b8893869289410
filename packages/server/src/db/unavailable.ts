import { DesignerError, isDesignerError } from '@sona-designer/core';

/** Postgres error codes (SQLSTATE) that mean the database is not there right now. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '53300', // too_many_connections
  '53000', // insufficient_resources
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '08P01',
]);

/** Node and driver error codes for a connection that failed or dropped. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);

/** The error clients see while the database cannot be reached: retryable. */
export function unavailable(cause?: unknown): DesignerError {
  const error = new DesignerError(
    'UNAVAILABLE',
    'The workspace could not be reached. Your work is kept: try again.',
  );
  if (cause !== undefined) (error as Error & { cause?: unknown }).cause = cause;
  return error;
}

/** Whether a driver error means the database is unreachable (rather than a bad statement). */
export function isConnectionError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, errors } = error as { code?: unknown; errors?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_CODES.has(code)))
    return true;
  if (typeof code === 'string' && code.startsWith('08')) return true;
  // An AggregateError (several addresses refused).
  if (Array.isArray(errors)) return errors.some(isConnectionError);
  return false;
}

/** Rethrows a connection failure as `UNAVAILABLE`, and anything else (a DesignerError, a SQL error) as it is. */
export function translateError(error: unknown): never {
  if (isDesignerError(error)) throw error;
  if (isConnectionError(error)) throw unavailable(error);
  throw error;
}
