import { DesignerError } from '@sona-designer/core';
import { ROUTES, type RouteName } from '@sona-designer/core/http';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Store, WorkspaceOperations } from '../store/types';
import { readJsonBody, refuseDeclaredOversize } from './body';
import { type Caller, CallerSchema } from './caller';
import { callFlowRoutes } from './callFlows';
import { callSummaryRoutes } from './callSummaries';
import { errorResponse, HttpError, routeNotFound, shuttingDown } from './errors';
import { eventRoutes } from './events';
import { jobRoutes } from './jobs';
import { knowledgeRoutes } from './knowledge';
import { metaRoutes } from './meta';
import type { RouteDefinition } from './route';
import { testCaseRoutes } from './testCases';
import { workspaceRoutes } from './workspace';

/** What the API needs from the server that hosts it (everything per instance: no module state). */
export interface AppOptions {
  store: Store;
  authenticate: (request: Request) => Caller | null | Promise<Caller | null>;
  cors?: { origins: string[] | '*' };
  maxBodyBytes: number;
  maxImportBytes: number;
  heartbeatMs: number;
  onError: (error: unknown) => void;
  /** Open event streams, ended by the server's `close()`. */
  openStreams: Set<() => void>;
  closing: () => boolean;
}

const notSignedIn = () =>
  new HttpError(
    401,
    new DesignerError('FORBIDDEN', 'You are not signed in: sign in again to open this workspace.'),
  );
const readOnly = () => new DesignerError('FORBIDDEN', 'You can view this workspace but not change it.');

/** The Hono app serving every route of `ROUTES`, with CORS, authentication, roles, body limits and error mapping. */
export function createApp(options: AppOptions): Hono {
  const routes: Record<RouteName, RouteDefinition> = {
    ...jobRoutes,
    ...knowledgeRoutes,
    ...callFlowRoutes,
    ...callSummaryRoutes,
    ...testCaseRoutes,
    ...workspaceRoutes,
    ...metaRoutes(),
    ...eventRoutes({
      store: options.store,
      heartbeatMs: options.heartbeatMs,
      onError: options.onError,
      open: options.openStreams,
      closing: options.closing,
    }),
  };

  // Each workspace is created once per server, before its first operation; a failure is retried on the next request.
  const ensured = new Map<string, Promise<void>>();
  async function workspaceOf(workspaceId: string): Promise<WorkspaceOperations> {
    let ready = ensured.get(workspaceId);
    if (!ready) {
      ready = options.store.ensureWorkspace(workspaceId);
      ensured.set(workspaceId, ready);
      ready.catch(() => ensured.delete(workspaceId));
    }
    await ready;
    return options.store.workspace(workspaceId);
  }

  async function signedIn(request: Request): Promise<Caller> {
    const candidate = await options.authenticate(request);
    if (candidate === null || candidate === undefined) throw notSignedIn();
    const parsed = CallerSchema.safeParse(candidate);
    if (!parsed.success) throw new Error('authenticate returned something that is not a Caller.');
    return parsed.data;
  }

  const app = new Hono();
  if (options.cors) {
    const { origins } = options.cors;
    app.use(
      '*',
      cors({
        origin: origins === '*' ? '*' : [...origins],
        allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Last-Event-ID'],
        exposeHeaders: ['ETag', 'Location'],
        maxAge: 600,
      }),
    );
  }
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });

  for (const name of Object.keys(ROUTES) as RouteName[]) {
    const { method, path } = ROUTES[name];
    const route = routes[name];
    const write = method !== 'GET';
    app.on(method, path, async (c) => {
      if (options.closing()) throw shuttingDown();
      const request = c.req.raw;
      if (route.access === 'public') return route.handle(request);
      const caller = await signedIn(request);
      if (write && caller.role !== 'editor') throw readOnly();
      let body: unknown;
      if (route.body === 'json') body = await readJsonBody(request, options.maxBodyBytes);
      else if (route.body === 'document') body = await readJsonBody(request, options.maxImportBytes);
      else refuseDeclaredOversize(request, options.maxBodyBytes);
      const workspace = await workspaceOf(caller.workspaceId);
      return route.handle({
        request,
        url: new URL(request.url),
        params: c.req.param(),
        caller,
        body,
        workspace,
      });
    });
  }

  app.notFound((c) => routeNotFound(c.req.method, new URL(c.req.url).pathname));
  app.onError((error) => errorResponse(error, options.onError));
  return app;
}
