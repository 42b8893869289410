import { createInMemoryAdapter } from '../adapter/inMemory';
import type { ChangeEvent, DesignerAdapter } from '../adapter/types';
import { DesignerError, isDesignerError } from '../errors';
import type { ImportMode } from '../io/types';
import {
  CHANGE_EVENT,
  ERROR_STATUS,
  errorBody,
  parseVersionTag,
  RELOAD_EVENT,
  ROUTES,
  type RouteName,
} from './protocol';

/**
 * A stand-in for `@sona-designer/server` in tests: the wire protocol of `protocol.ts` served from an in-memory
 * adapter, as one `fetch(request)` handler. It keeps only the last `logSize` events, to exercise `reload`.
 */
export interface MemoryServer {
  fetch(request: Request): Promise<Response>;
  /** Every change stored so far, with its sequence number. */
  readonly log: ReadonlyArray<{ id: number; event: ChangeEvent }>;
  /** Cuts every open event stream, as a network drop or a server restart would. */
  dropConnections(): void;
  /** How many event streams are open. */
  readonly connections: number;
}

const ROUTE_PATTERNS = (Object.entries(ROUTES) as Array<[RouteName, { method: string; path: string }]>).map(
  ([name, route]) => ({
    name,
    method: route.method,
    pattern: new RegExp(`^${route.path.replace(/:([a-z]+)/gi, '(?<$1>[^/]+)')}$`),
  }),
);

function matchRoute(method: string, pathname: string) {
  for (const route of ROUTE_PATTERNS) {
    const match = route.method === method ? route.pattern.exec(pathname) : null;
    if (match) {
      const params = Object.fromEntries(
        Object.entries(match.groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]),
      );
      return { name: route.name, params };
    }
  }
  return undefined;
}

/** Makes a server over an empty in-memory workspace; requests must carry `Bearer <token>` when a token is given. */
export function createMemoryServer({
  token,
  logSize = 1000,
}: {
  token?: string;
  logSize?: number;
} = {}): MemoryServer {
  const backend: DesignerAdapter = createInMemoryAdapter();
  const log: Array<{ id: number; event: ChangeEvent }> = [];
  const clients = new Set<ReadableStreamDefaultController<Uint8Array>>();
  const encoder = new TextEncoder();
  let sequence = 0;

  backend.subscribe((event) => {
    sequence++;
    log.push({ id: sequence, event });
    const block = encoder.encode(
      `id: ${sequence}\nevent: ${CHANGE_EVENT}\ndata: ${JSON.stringify(event)}\n\n`,
    );
    for (const client of clients) client.enqueue(block);
  });

  function events(lastEventId: number | undefined): Response {
    let self: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        self = controller;
        controller.enqueue(encoder.encode('retry: 1000\n\n'));
        if (lastEventId !== undefined) {
          const oldest = log.length > logSize ? (log[log.length - logSize]?.id ?? 0) : 1;
          if (lastEventId + 1 < oldest) {
            controller.enqueue(encoder.encode(`id: ${sequence}\nevent: ${RELOAD_EVENT}\ndata: {}\n\n`));
          } else {
            for (const entry of log.filter((item) => item.id > lastEventId)) {
              controller.enqueue(
                encoder.encode(
                  `id: ${entry.id}\nevent: ${CHANGE_EVENT}\ndata: ${JSON.stringify(entry.event)}\n\n`,
                ),
              );
            }
          }
        }
        clients.add(controller);
      },
      cancel() {
        clients.delete(self);
      },
    });
    return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } });
  }

  async function route(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const matched = matchRoute(request.method, url.pathname);
    if (!matched) throw new DesignerError('NOT_FOUND', `No route ${request.method} ${url.pathname}.`);
    const { name, params } = matched;
    const id = params.id ?? '';
    const query = url.searchParams;
    const text = await request.text();
    const body: unknown = text === '' ? undefined : JSON.parse(text);
    const version = parseVersionTag(request.headers.get('If-Match')) ?? Number.NaN;
    const optional = (key: string) => query.get(key) ?? undefined;
    const number = (key: string) => (query.has(key) ? Number(query.get(key)) : undefined);
    const ids = () => (query.has('ids') ? (query.get('ids') as string).split(',') : undefined);
    const json = (value: unknown, status = 200) => Response.json(value, { status });
    const b = backend;
    switch (name) {
      case 'listJobs':
        return json(
          await b.listJobs({
            query: optional('query'),
            cursor: optional('cursor'),
            limit: number('limit'),
            sort: optional('sort') as never,
            ids: ids(),
          }),
        );
      case 'getJob':
        return json(await b.getJob(id));
      case 'createJob':
        return json(await b.createJob(body as never), 201);
      case 'updateJob':
        return json(await b.updateJob(id, body as never, version));
      case 'deleteJob':
        await b.deleteJob(id, version);
        return new Response(null, { status: 204 });
      case 'getJobUsage':
        return json(await b.getJobUsage(id));
      case 'listTemplates':
        return json(await b.listTemplates(query.get('locale') as never));
      case 'listKnowledge':
        return json(
          await b.listKnowledge({
            query: optional('query'),
            cursor: optional('cursor'),
            limit: number('limit'),
            ids: ids(),
          }),
        );
      case 'getKnowledge':
        return json(await b.getKnowledge(id));
      case 'createKnowledge':
        return json(await b.createKnowledge(body as never), 201);
      case 'updateKnowledge':
        return json(await b.updateKnowledge(id, body as never, version));
      case 'deleteKnowledge':
        await b.deleteKnowledge(id, version);
        return new Response(null, { status: 204 });
      case 'getKnowledgeUsage':
        return json(await b.getKnowledgeUsage(id));
      case 'listCallFlows':
        return json(await b.listCallFlows());
      case 'getCallFlow':
        return json(await b.getCallFlow(id));
      case 'createCallFlow':
        return json(await b.createCallFlow(body as never), 201);
      case 'saveDraft':
        return json(await b.saveDraft(id, body as never, version));
      case 'publishCallFlow':
        return json(await b.publishCallFlow(id, version));
      case 'listRevisions':
        return json(await b.listRevisions(id));
      case 'restoreRevision':
        return json(await b.restoreRevision(id, Number(params.revision), version));
      case 'listCallSummaries':
        return json(
          await b.listCallSummaries({
            callFlowId: optional('callFlowId'),
            stepId: optional('stepId'),
            jobId: optional('jobId'),
            source: optional('source') as never,
            outcome: optional('outcome') as never,
            cursor: optional('cursor'),
            limit: number('limit'),
          }),
        );
      case 'recordCallSummary':
        return json(await b.recordCallSummary(body as never), 201);
      case 'listTestCases':
        return json(await b.listTestCases(id));
      case 'createTestCase':
        return json(await b.createTestCase(body as never), 201);
      case 'updateTestCase':
        return json(await b.updateTestCase(id, body as never, version));
      case 'deleteTestCase':
        await b.deleteTestCase(id, version);
        return new Response(null, { status: 204 });
      case 'exportWorkspace':
        return json(await b.exportWorkspace());
      case 'importWorkspace':
        return json(await b.importWorkspace(body, { mode: (optional('mode') ?? 'merge') as ImportMode }));
      case 'events':
        return events(parseLastEventId(request.headers.get('Last-Event-ID')));
      default:
        throw new DesignerError('NOT_FOUND', `Route ${name} is not served here.`);
    }
  }

  return {
    async fetch(request) {
      if (token !== undefined && request.headers.get('Authorization') !== `Bearer ${token}`) {
        return Response.json(errorBody(new DesignerError('FORBIDDEN', 'Sign in.')), { status: 401 });
      }
      try {
        return await route(request);
      } catch (error) {
        if (!isDesignerError(error)) throw error;
        return Response.json(errorBody(error), { status: ERROR_STATUS[error.code] });
      }
    },
    log,
    dropConnections() {
      for (const client of clients) client.error(new TypeError('connection reset'));
      clients.clear();
    },
    get connections() {
      return clients.size;
    },
  };
}

function parseLastEventId(header: string | null): number | undefined {
  return header && /^\d+$/.test(header) ? Number(header) : undefined;
}
