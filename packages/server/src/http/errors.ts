import { DesignerError, isDesignerError } from '@sona-designer/core';
import { ERROR_STATUS, errorBody } from '@sona-designer/core/http';

/** The message of a 500: nothing about what failed inside (that goes to `onError`, not to the caller). */
export const INTERNAL_ERROR_MESSAGE =
  'The server failed to handle this request. Try again; if it keeps failing, tell whoever runs the server.';

/**
 * A `DesignerError` answered with a status other than `ERROR_STATUS[code]` (401 for a missing sign-in, 400 for a
 * malformed request, 413, 428).
 */
export class HttpError extends DesignerError {
  readonly status: number;

  constructor(status: number, error: DesignerError) {
    super(error.code, error.message, {
      fieldErrors: error.fieldErrors,
      problems: error.problems,
      current: error.current,
      places: error.places,
      issues: error.issues,
    });
    this.status = status;
  }
}

/** A `VALIDATION` error answered with its own status (400, 413, 428). */
export function requestError(status: number, message: string): HttpError {
  return new HttpError(status, new DesignerError('VALIDATION', message));
}

/** A 503 `UNAVAILABLE`: the server is shutting down. */
export function shuttingDown(): HttpError {
  return new HttpError(
    503,
    new DesignerError('UNAVAILABLE', 'The server is shutting down: try again in a moment.'),
  );
}

/** A JSON response with the headers every API response carries. */
export function jsonResponse(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

/**
 * The response for anything a route threw: a `DesignerError` keeps its code and details with its status; anything
 * else is reported to `onError` and answered with a bare 500 that says nothing about the cause.
 */
export function errorResponse(error: unknown, onError: (error: unknown) => void): Response {
  if (error instanceof HttpError) {
    const headers: Record<string, string> =
      error.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="sona-designer"' } : {};
    return jsonResponse(errorBody(error), error.status, headers);
  }
  if (isDesignerError(error)) return jsonResponse(errorBody(error), ERROR_STATUS[error.code] ?? 500);
  try {
    onError(error);
  } catch {
    // A failing log hook must not turn a 500 into a crash.
  }
  return jsonResponse({ error: { code: 'UNAVAILABLE', message: INTERNAL_ERROR_MESSAGE } }, 500);
}

/** The 404 of a path or method the API does not have. */
export function routeNotFound(method: string, path: string): Response {
  return jsonResponse(
    {
      error: {
        code: 'NOT_FOUND',
        message: `There is no ${method} ${path} in this API: see /v1/openapi.json.`,
      },
    },
    404,
  );
}
