import type { Page } from '../adapter/types';
import type { ImportOutcome, WorkspaceExport } from '../io/types';
import type { CallFlow, CallFlowSummaryRow, Revision } from '../model/callFlow';
import type { CallSummary } from '../model/callSummary';
import type { Job } from '../model/job';
import type { KnowledgePage } from '../model/knowledge';
import type { TestCase } from '../model/testCase';
import type { UsagePlace } from '../rules/jobUsage';
import type { JobTemplate } from '../templates/types';
import { createEventStream } from './eventStream';
import type { HttpAdapter, HttpAdapterOptions, Timers } from './options';
import type { RouteName } from './protocol';
import { type RequestContext, type RequestSpec, send } from './request';
import type { QueryParams } from './url';

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_INITIAL_DELAY_MS = 1000;
const DEFAULT_MAX_DELAY_MS = 30_000;

// Wrapped rather than passed as is: a browser throws "Illegal invocation" when `setTimeout` is called detached from
// `window`, and Node's handles are objects while a browser's are numbers.
const globalTimers: Timers = {
  setTimeout: (callback, milliseconds) => globalThis.setTimeout(callback, milliseconds),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]),
};

/** `ids` travel comma-separated (ids never hold a comma). */
function idList(ids: string[] | undefined): string | undefined {
  return ids === undefined ? undefined : ids.join(',');
}

/** An empty page, for a list restricted to no ids at all: the wire cannot tell `ids=` from no filter. */
function emptyPage<T>(): Page<T> {
  return { items: [], nextCursor: null, total: 0 };
}

/**
 * A `DesignerAdapter` talking to a server such as `@sona-designer/server` over its HTTP API (see `ROUTES`), with
 * live updates read from its Server-Sent Events stream. Runs in browsers and Node 20.
 *
 * Every method rejects only with a `DesignerError`: the server's own (same code and details), `FORBIDDEN` for a
 * missing or refused token, and `UNAVAILABLE` whenever the server cannot be reached or does not answer in time.
 *
 * ```ts
 * const adapter = createHttpAdapter({ baseUrl: 'https://designer.example.com', getToken: () => session.token });
 * ```
 */
export function createHttpAdapter(options: HttpAdapterOptions): HttpAdapter {
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const context: RequestContext = {
    baseUrl: options.baseUrl,
    getToken: options.getToken,
    fetch: fetchImpl,
    timers: options.timers ?? globalTimers,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
  const stream = createEventStream({
    context,
    initialDelayMs: options.reconnect?.initialDelayMs ?? DEFAULT_INITIAL_DELAY_MS,
    maxDelayMs: options.reconnect?.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
    random: options.reconnect?.random ?? Math.random,
    onStatus: options.onStatus,
  });

  // The response is parsed JSON, so every call returns a fresh object the caller may keep or change.
  const call = <T>(route: RouteName, spec?: RequestSpec) => send(context, route, spec) as Promise<T>;
  const byId = (id: string) => ({ params: { id } });

  return {
    listJobs: async (query = {}) => {
      if (query.ids?.length === 0) return emptyPage<Job>();
      const params: QueryParams = {
        query: query.query,
        cursor: query.cursor,
        limit: query.limit,
        sort: query.sort,
        ids: idList(query.ids),
      };
      return call<Page<Job>>('listJobs', { query: params });
    },
    getJob: (id) => call<Job>('getJob', byId(id)),
    createJob: (input) => call<Job>('createJob', { body: input }),
    updateJob: (id, patch, expectedVersion) =>
      call<Job>('updateJob', { ...byId(id), body: patch, expectedVersion }),
    deleteJob: async (id, expectedVersion) => {
      await call<undefined>('deleteJob', { ...byId(id), expectedVersion });
    },
    getJobUsage: (id) => call<UsagePlace[]>('getJobUsage', byId(id)),
    listTemplates: (locale) => call<JobTemplate[]>('listTemplates', { query: { locale } }),

    listKnowledge: async (query = {}) => {
      if (query.ids?.length === 0) return emptyPage<KnowledgePage>();
      const params: QueryParams = {
        query: query.query,
        cursor: query.cursor,
        limit: query.limit,
        ids: idList(query.ids),
      };
      return call<Page<KnowledgePage>>('listKnowledge', { query: params });
    },
    getKnowledge: (id) => call<KnowledgePage>('getKnowledge', byId(id)),
    createKnowledge: (input) => call<KnowledgePage>('createKnowledge', { body: input }),
    updateKnowledge: (id, patch, expectedVersion) =>
      call<KnowledgePage>('updateKnowledge', { ...byId(id), body: patch, expectedVersion }),
    deleteKnowledge: async (id, expectedVersion) => {
      await call<undefined>('deleteKnowledge', { ...byId(id), expectedVersion });
    },
    getKnowledgeUsage: (id) => call<UsagePlace[]>('getKnowledgeUsage', byId(id)),

    listCallFlows: () => call<CallFlowSummaryRow[]>('listCallFlows'),
    getCallFlow: (id) => call<CallFlow>('getCallFlow', byId(id)),
    createCallFlow: (input) => call<CallFlow>('createCallFlow', { body: input }),
    saveDraft: (id, graph, expectedVersion) =>
      call<CallFlow>('saveDraft', { ...byId(id), body: graph, expectedVersion }),
    publishCallFlow: (id, expectedVersion) =>
      call<CallFlow>('publishCallFlow', { ...byId(id), expectedVersion }),
    listRevisions: (id) => call<Revision[]>('listRevisions', byId(id)),
    restoreRevision: (id, revision, expectedVersion) =>
      call<CallFlow>('restoreRevision', { params: { id, revision }, expectedVersion }),

    listCallSummaries: (filter = {}) =>
      call<Page<CallSummary>>('listCallSummaries', {
        query: {
          callFlowId: filter.callFlowId,
          stepId: filter.stepId,
          jobId: filter.jobId,
          source: filter.source,
          outcome: filter.outcome,
          cursor: filter.cursor,
          limit: filter.limit,
        },
      }),
    recordCallSummary: (summary) => call<CallSummary>('recordCallSummary', { body: summary }),

    listTestCases: (callFlowId) => call<TestCase[]>('listTestCases', byId(callFlowId)),
    createTestCase: (input) => call<TestCase>('createTestCase', { body: input }),
    updateTestCase: (id, patch, expectedVersion) =>
      call<TestCase>('updateTestCase', { ...byId(id), body: patch, expectedVersion }),
    deleteTestCase: async (id, expectedVersion) => {
      await call<undefined>('deleteTestCase', { ...byId(id), expectedVersion });
    },

    exportWorkspace: () => call<WorkspaceExport>('exportWorkspace'),
    importWorkspace: (document, importOptions = {}) =>
      // Sent even when it is the default, so the server never has to guess.
      call<ImportOutcome>('importWorkspace', {
        query: { mode: importOptions.mode ?? 'merge' },
        body: document,
      }),

    subscribe: (listener) => stream.subscribe(listener),
    close: () => stream.close(),
  };
}
