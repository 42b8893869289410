import { DesignerError, type DesignerErrorCode, type DesignerErrorDetails } from '../errors';

/**
 * The wire protocol between `createHttpAdapter` and a server such as `@sona-designer/server`: one table of routes,
 * how a `DesignerError` travels as JSON, and how versions travel as `ETag` / `If-Match`. Both sides import it, so
 * they cannot drift apart.
 */

/** The version prefix of every route. */
export const API_PREFIX = '/v1';

/** HTTP method and path of each `DesignerAdapter` method (`:id` and `:revision` are path parameters). */
export const ROUTES = {
  listJobs: { method: 'GET', path: '/v1/jobs' },
  createJob: { method: 'POST', path: '/v1/jobs' },
  getJob: { method: 'GET', path: '/v1/jobs/:id' },
  updateJob: { method: 'PATCH', path: '/v1/jobs/:id' },
  deleteJob: { method: 'DELETE', path: '/v1/jobs/:id' },
  getJobUsage: { method: 'GET', path: '/v1/jobs/:id/usage' },
  listTemplates: { method: 'GET', path: '/v1/templates' },
  listKnowledge: { method: 'GET', path: '/v1/knowledge' },
  createKnowledge: { method: 'POST', path: '/v1/knowledge' },
  getKnowledge: { method: 'GET', path: '/v1/knowledge/:id' },
  updateKnowledge: { method: 'PATCH', path: '/v1/knowledge/:id' },
  deleteKnowledge: { method: 'DELETE', path: '/v1/knowledge/:id' },
  getKnowledgeUsage: { method: 'GET', path: '/v1/knowledge/:id/usage' },
  listCallFlows: { method: 'GET', path: '/v1/call-flows' },
  createCallFlow: { method: 'POST', path: '/v1/call-flows' },
  getCallFlow: { method: 'GET', path: '/v1/call-flows/:id' },
  saveDraft: { method: 'PUT', path: '/v1/call-flows/:id/draft' },
  publishCallFlow: { method: 'POST', path: '/v1/call-flows/:id/publish' },
  listRevisions: { method: 'GET', path: '/v1/call-flows/:id/revisions' },
  restoreRevision: { method: 'POST', path: '/v1/call-flows/:id/revisions/:revision/restore' },
  listCallSummaries: { method: 'GET', path: '/v1/call-summaries' },
  recordCallSummary: { method: 'POST', path: '/v1/call-summaries' },
  listTestCases: { method: 'GET', path: '/v1/call-flows/:id/test-cases' },
  createTestCase: { method: 'POST', path: '/v1/test-cases' },
  updateTestCase: { method: 'PATCH', path: '/v1/test-cases/:id' },
  deleteTestCase: { method: 'DELETE', path: '/v1/test-cases/:id' },
  exportWorkspace: { method: 'GET', path: '/v1/export' },
  importWorkspace: { method: 'POST', path: '/v1/import' },
  /** Server-Sent Events: `id:` is the sequence number, `event: change` carries a `ChangeEvent`. */
  events: { method: 'GET', path: '/v1/events' },
  /** Who the caller is: `{ workspaceId, userId, role }`. */
  session: { method: 'GET', path: '/v1/session' },
  openapi: { method: 'GET', path: '/v1/openapi.json' },
  health: { method: 'GET', path: '/v1/health' },
} as const satisfies Record<string, { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string }>;

/** The name of one route in `ROUTES`. */
export type RouteName = keyof typeof ROUTES;

/** The SSE event name of a stored change; its `data` is a `ChangeEvent` as JSON. */
export const CHANGE_EVENT = 'change';
/**
 * The SSE event name that tells a client it is too far behind to catch up event by event (the log no longer holds
 * what it missed): it must re-read everything. `createHttpAdapter` turns it into a `workspace-imported` event.
 */
export const RELOAD_EVENT = 'reload';

/** HTTP status of each error code. */
export const ERROR_STATUS: Record<DesignerErrorCode, number> = {
  VALIDATION: 422,
  JOB_LIMIT: 422,
  CONFLICT: 409,
  NOT_FOUND: 404,
  IN_USE: 409,
  INVALID_GRAPH: 422,
  TESTS_FAILING: 422,
  UNAVAILABLE: 503,
  FORBIDDEN: 403,
};

/** The JSON body of every error response: `{ error: { code, message, ...details } }`. */
export interface ErrorBody {
  error: { code: DesignerErrorCode; message: string } & DesignerErrorDetails;
}

/** The body a server sends for a `DesignerError` (only the fields that are set). */
export function errorBody(error: DesignerError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(Object.keys(error.fieldErrors).length > 0 ? { fieldErrors: error.fieldErrors } : {}),
      ...(error.problems.length > 0 ? { problems: error.problems } : {}),
      ...(error.current !== undefined ? { current: error.current } : {}),
      ...(error.places.length > 0 ? { places: error.places } : {}),
      ...(error.issues.length > 0 ? { issues: error.issues } : {}),
      ...(error.testFailures.length > 0 ? { testFailures: error.testFailures } : {}),
    },
  };
}

const CODES = new Set<string>(Object.keys(ERROR_STATUS));

/**
 * The `DesignerError` a client rebuilds from an error response, with the same code and fields. A body that is not
 * ours (a proxy's HTML page, an empty 502) becomes `UNAVAILABLE` from its status.
 */
export function errorFromBody(status: number, body: unknown): DesignerError {
  const error = (body as Partial<ErrorBody> | null)?.error;
  if (error && typeof error.code === 'string' && CODES.has(error.code) && typeof error.message === 'string') {
    const { code, message, ...details } = error;
    return new DesignerError(code, message, details);
  }
  if (status === 401 || status === 403) {
    return new DesignerError('FORBIDDEN', 'You are not allowed to do this: sign in again or ask for access.');
  }
  if (status === 404) return new DesignerError('NOT_FOUND', 'This was not found on the server.');
  return new DesignerError(
    'UNAVAILABLE',
    `The server could not be reached (HTTP ${status}). Your work is kept: try again.`,
  );
}

/** The `ETag` of a record version: a strong tag holding the number, `"3"`. */
export function versionTag(version: number): string {
  return `"${version}"`;
}

/** The version an `If-Match` (or `ETag`) header names, or undefined when it is missing or not a version tag. */
export function parseVersionTag(header: string | null | undefined): number | undefined {
  const match = /^\s*(?:W\/)?"(\d{1,15})"\s*$/.exec(header ?? '');
  return match ? Number(match[1]) : undefined;
}
