import type { WorkspaceOperations } from '../store/types';
import type { Caller } from './caller';

/** What a signed-in route gets: the request, its path parameters, the caller, the parsed body and their workspace. */
export interface RequestContext {
  request: Request;
  url: URL;
  /** Path parameters by name (`id`, `revision`), already URL-decoded. */
  params: Record<string, string>;
  caller: Caller;
  /** The parsed JSON body for routes that take one, undefined otherwise. */
  body: unknown;
  /** The caller's workspace (created on first use). */
  workspace: WorkspaceOperations;
}

/**
 * How one route of `ROUTES` is served. `public` routes answer without signing in. `signed-in` routes run after
 * `authenticate`, the role check (a viewer may call only `GET` routes), the body limit and JSON parsing (`json`:
 * `maxBodyBytes`; `document`: `maxImportBytes`), and the workspace's creation on first use.
 */
export type RouteDefinition =
  | { access: 'public'; handle(request: Request): Response | Promise<Response> }
  | {
      access: 'signed-in';
      body?: 'json' | 'document';
      handle(context: RequestContext): Response | Promise<Response>;
    };
