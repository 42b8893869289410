import { describe, expect, it, vi } from 'vitest';
import type { DesignerAdapter } from '../adapter/types';
import { isDesignerError } from '../errors';
import { createStarterGraph } from '../model/steps';
import { callSummaryInput, jobInput, knowledgeInput, testCaseInput } from '../testing/fixtures';
import { createHttpAdapter } from './httpAdapter';
import type { HttpAdapterOptions } from './options';

/** What the fake server saw of one request. */
interface Seen {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | null;
  ifMatch: string | null;
  contentType: string | null;
  body: unknown;
}

async function seen(request: Request): Promise<Seen> {
  const url = new URL(request.url);
  const text = await request.text();
  return {
    method: request.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    authorization: request.headers.get('Authorization'),
    ifMatch: request.headers.get('If-Match'),
    contentType: request.headers.get('Content-Type'),
    body: text === '' ? undefined : JSON.parse(text),
  };
}

/** An adapter whose requests are recorded and answered by `reply`. */
function adapterWith(
  reply: (request: Request) => Response | Promise<Response> = () => Response.json({ ok: true }),
  options: Partial<HttpAdapterOptions> = {},
) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (request: Request) => {
    requests.push(request.clone());
    return reply(request);
  });
  const adapter = createHttpAdapter({
    baseUrl: 'http://api.test',
    getToken: () => 'tok-1',
    fetch,
    ...options,
  });
  return { adapter, fetch, requests };
}

const graph = createStarterGraph();
const document = { format: 'sona-designer/workspace', jobs: [] };

interface Row {
  /** The adapter method under test. */
  method: keyof DesignerAdapter;
  call: (adapter: DesignerAdapter) => Promise<unknown>;
  expected: Partial<Seen>;
  /** 204 for deletes, 201 for creates. */
  status?: number;
}

/** Every `DesignerAdapter` method (some twice), with what must go over the wire. */
const ROWS: Row[] = [
  { method: 'listJobs', call: (a) => a.listJobs(), expected: { method: 'GET', path: '/v1/jobs', query: {} } },
  {
    method: 'listJobs',
    call: (a) =>
      a.listJobs({ query: 'café & co', cursor: 'c1', limit: 20, sort: 'usage', ids: ['a', 'b c'] }),
    expected: {
      method: 'GET',
      path: '/v1/jobs',
      query: { query: 'café & co', cursor: 'c1', limit: '20', sort: 'usage', ids: 'a,b c' },
    },
  },
  {
    method: 'getJob',
    call: (a) => a.getJob('job 1/x?y'),
    expected: { method: 'GET', path: '/v1/jobs/job%201%2Fx%3Fy', query: {} },
  },
  {
    method: 'createJob',
    call: (a) => a.createJob(jobInput()),
    status: 201,
    expected: { method: 'POST', path: '/v1/jobs', body: jobInput(), contentType: 'application/json' },
  },
  {
    method: 'updateJob',
    call: (a) => a.updateJob('j1', { name: 'Renamed' }, 3),
    expected: { method: 'PATCH', path: '/v1/jobs/j1', ifMatch: '"3"', body: { name: 'Renamed' } },
  },
  {
    method: 'deleteJob',
    call: (a) => a.deleteJob('j1', 4),
    status: 204,
    expected: { method: 'DELETE', path: '/v1/jobs/j1', ifMatch: '"4"', body: undefined },
  },
  {
    method: 'getJobUsage',
    call: (a) => a.getJobUsage('j1'),
    expected: { method: 'GET', path: '/v1/jobs/j1/usage' },
  },
  {
    method: 'listTemplates',
    call: (a) => a.listTemplates('fr'),
    expected: { method: 'GET', path: '/v1/templates', query: { locale: 'fr' } },
  },
  {
    method: 'listKnowledge',
    call: (a) => a.listKnowledge(),
    expected: { method: 'GET', path: '/v1/knowledge', query: {} },
  },
  {
    method: 'listKnowledge',
    call: (a) => a.listKnowledge({ query: 'hours', cursor: 'k2', limit: 5, ids: ['k1'] }),
    expected: {
      method: 'GET',
      path: '/v1/knowledge',
      query: { query: 'hours', cursor: 'k2', limit: '5', ids: 'k1' },
    },
  },
  {
    method: 'getKnowledge',
    call: (a) => a.getKnowledge('k1'),
    expected: { method: 'GET', path: '/v1/knowledge/k1' },
  },
  {
    method: 'createKnowledge',
    call: (a) => a.createKnowledge(knowledgeInput()),
    status: 201,
    expected: { method: 'POST', path: '/v1/knowledge', body: knowledgeInput() },
  },
  {
    method: 'updateKnowledge',
    call: (a) => a.updateKnowledge('k1', { content: 'New' }, 7),
    expected: { method: 'PATCH', path: '/v1/knowledge/k1', ifMatch: '"7"', body: { content: 'New' } },
  },
  {
    method: 'deleteKnowledge',
    call: (a) => a.deleteKnowledge('k1', 8),
    status: 204,
    expected: { method: 'DELETE', path: '/v1/knowledge/k1', ifMatch: '"8"', body: undefined },
  },
  {
    method: 'getKnowledgeUsage',
    call: (a) => a.getKnowledgeUsage('k1'),
    expected: { method: 'GET', path: '/v1/knowledge/k1/usage' },
  },
  {
    method: 'listCallFlows',
    call: (a) => a.listCallFlows(),
    expected: { method: 'GET', path: '/v1/call-flows' },
  },
  {
    method: 'getCallFlow',
    call: (a) => a.getCallFlow('f1'),
    expected: { method: 'GET', path: '/v1/call-flows/f1' },
  },
  {
    method: 'createCallFlow',
    call: (a) => a.createCallFlow({ name: 'Main line' }),
    status: 201,
    expected: { method: 'POST', path: '/v1/call-flows', body: { name: 'Main line' }, ifMatch: null },
  },
  {
    method: 'saveDraft',
    call: (a) => a.saveDraft('f1', graph, 2),
    expected: { method: 'PUT', path: '/v1/call-flows/f1/draft', ifMatch: '"2"', body: graph },
  },
  {
    method: 'publishCallFlow',
    call: (a) => a.publishCallFlow('f1', 3),
    expected: {
      method: 'POST',
      path: '/v1/call-flows/f1/publish',
      ifMatch: '"3"',
      body: undefined,
      contentType: null,
    },
  },
  {
    method: 'listRevisions',
    call: (a) => a.listRevisions('f1'),
    expected: { method: 'GET', path: '/v1/call-flows/f1/revisions' },
  },
  {
    method: 'restoreRevision',
    call: (a) => a.restoreRevision('f1', 2, 5),
    expected: {
      method: 'POST',
      path: '/v1/call-flows/f1/revisions/2/restore',
      ifMatch: '"5"',
      body: undefined,
    },
  },
  {
    method: 'listCallSummaries',
    call: (a) => a.listCallSummaries(),
    expected: { method: 'GET', path: '/v1/call-summaries', query: {} },
  },
  {
    method: 'listCallSummaries',
    call: (a) =>
      a.listCallSummaries({
        callFlowId: 'f1',
        stepId: 's1',
        jobId: 'j1',
        source: 'published',
        outcome: 'resolved',
        cursor: 'c9',
        limit: 10,
      }),
    expected: {
      method: 'GET',
      path: '/v1/call-summaries',
      query: {
        callFlowId: 'f1',
        stepId: 's1',
        jobId: 'j1',
        source: 'published',
        outcome: 'resolved',
        cursor: 'c9',
        limit: '10',
      },
    },
  },
  {
    method: 'recordCallSummary',
    call: (a) => a.recordCallSummary(callSummaryInput('f1', 's1')),
    status: 201,
    expected: { method: 'POST', path: '/v1/call-summaries', body: callSummaryInput('f1', 's1') },
  },
  {
    method: 'listTestCases',
    call: (a) => a.listTestCases('f 1'),
    expected: { method: 'GET', path: '/v1/call-flows/f%201/test-cases' },
  },
  {
    method: 'createTestCase',
    call: (a) => a.createTestCase(testCaseInput('f1')),
    status: 201,
    expected: { method: 'POST', path: '/v1/test-cases', body: testCaseInput('f1') },
  },
  {
    method: 'updateTestCase',
    call: (a) => a.updateTestCase('t1', { name: 'Renamed' }, 2),
    expected: { method: 'PATCH', path: '/v1/test-cases/t1', ifMatch: '"2"', body: { name: 'Renamed' } },
  },
  {
    method: 'deleteTestCase',
    call: (a) => a.deleteTestCase('t1', 5),
    status: 204,
    expected: { method: 'DELETE', path: '/v1/test-cases/t1', ifMatch: '"5"', body: undefined },
  },
  {
    method: 'exportWorkspace',
    call: (a) => a.exportWorkspace(),
    expected: { method: 'GET', path: '/v1/export' },
  },
  {
    method: 'importWorkspace',
    call: (a) => a.importWorkspace(document, { mode: 'replace' }),
    expected: { method: 'POST', path: '/v1/import', query: { mode: 'replace' }, body: document },
  },
  {
    method: 'importWorkspace',
    call: (a) => a.importWorkspace(document),
    expected: { method: 'POST', path: '/v1/import', query: { mode: 'merge' }, body: document },
  },
];

describe('createHttpAdapter requests', () => {
  it('has a row for every method of DesignerAdapter but subscribe', () => {
    const { adapter } = adapterWith();
    const methods = Object.keys(adapter).filter((name) => name !== 'subscribe' && name !== 'close');
    expect(new Set(ROWS.map((row) => row.method))).toEqual(new Set(methods));
  });

  it.each(ROWS.map((row, index) => [`${row.method} #${index}`, row] as const))(
    '%s sends the route, query, version, token and body',
    async (_name, row) => {
      const answer = { answered: row.method };
      const { adapter, requests } = adapterWith(() =>
        row.status === 204
          ? new Response(null, { status: 204 })
          : Response.json(answer, { status: row.status ?? 200 }),
      );
      const result = await row.call(adapter);
      expect(requests).toHaveLength(1);
      const request = requests[0] as Request;
      const got = await seen(request);
      // Exact, not a subset: a stray query parameter, header or body is a bug too.
      expect(got).toEqual({
        authorization: 'Bearer tok-1',
        ifMatch: null,
        query: {},
        body: undefined,
        contentType: row.expected.body === undefined ? null : 'application/json',
        ...row.expected,
      });
      expect(request.headers.get('Accept')).toBe('application/json');
      expect(result).toEqual(row.status === 204 ? undefined : answer);
    },
  );

  it('returns a fresh object on every call', async () => {
    const { adapter } = adapterWith(() => Response.json({ id: 'j1', name: 'Job' }));
    const first = await adapter.getJob('j1');
    first.name = 'Changed by the caller';
    expect(await adapter.getJob('j1')).toEqual({ id: 'j1', name: 'Job' });
  });

  it('reads the token before every request, awaits it, and sends none when it is null', async () => {
    const tokens: Array<string | null> = ['a', null, 'b'];
    const { adapter, requests } = adapterWith(undefined, { getToken: async () => tokens.shift() ?? null });
    await adapter.listCallFlows();
    await adapter.listCallFlows();
    await adapter.listCallFlows();
    expect(requests.map((request) => request.headers.get('Authorization'))).toEqual([
      'Bearer a',
      null,
      'Bearer b',
    ]);
  });

  it('joins a base URL with a trailing slash or a path prefix', async () => {
    for (const [baseUrl, url] of [
      ['http://api.test/', 'http://api.test/v1/call-flows'],
      ['https://example.com/designer/', 'https://example.com/designer/v1/call-flows'],
      ['https://example.com/designer', 'https://example.com/designer/v1/call-flows'],
    ] as const) {
      const { adapter, requests } = adapterWith(undefined, { baseUrl });
      await adapter.listCallFlows();
      expect(requests[0]?.url).toBe(url);
    }
  });

  it('answers a list restricted to no ids with an empty page, without asking', async () => {
    const { adapter, fetch } = adapterWith();
    expect(await adapter.listJobs({ ids: [] })).toEqual({ items: [], nextCursor: null, total: 0 });
    expect(await adapter.listKnowledge({ ids: [] })).toEqual({ items: [], nextCursor: null, total: 0 });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('uses the global fetch by default, with a Request', async () => {
    const fetch = vi.fn(async (_request: Request) => Response.json([]));
    vi.stubGlobal('fetch', fetch);
    try {
      const adapter = createHttpAdapter({ baseUrl: 'http://api.test', getToken: () => null });
      expect(await adapter.listCallFlows()).toEqual([]);
      expect(fetch.mock.calls[0]?.[0]).toBeInstanceOf(Request);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('rejects a document that has no JSON form with VALIDATION, sending nothing', async () => {
    const { adapter, fetch } = adapterWith();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const error = await adapter.importWorkspace(cyclic).catch((caught: unknown) => caught);
    expect(isDesignerError(error, 'VALIDATION')).toBe(true);
    expect(fetch).not.toHaveBeenCalled();
  });
});
