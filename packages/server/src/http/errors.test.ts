import { demoWorkspace, JOB_IDS } from '@sona-designer/core/demo';
import { describe, expect, test } from 'vitest';
import { createServer } from '../server';
import type { Store } from '../store/types';
import { as, call, fakeAuthenticate, jobInput, testServer } from '../test/harness';
import { createMemoryStore } from '../test/memoryStore';
import { spyStore } from '../test/spyStore';

const editor = as('editor');

async function json(response: Response): Promise<{ error: Record<string, unknown> }> {
  expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  return (await response.json()) as { error: Record<string, unknown> };
}

describe('DesignerError mapping', () => {
  test('VALIDATION: 422 with one message per field', async () => {
    const { server } = await testServer();
    const response = await call(server, 'POST', '/v1/jobs', { headers: editor, body: { name: '' } });
    expect(response.status).toBe(422);
    const { error } = await json(response);
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors).toEqual(expect.objectContaining({ instructions: expect.any(String) }));
  });

  test('VALIDATION of a document: 422 with every problem and its JSON path', async () => {
    const { server } = await testServer();
    const document = { format: 'sona-designer/workspace', schemaVersion: 2, jobs: [{ id: 'x' }] };
    const response = await call(server, 'POST', '/v1/import?mode=merge', { headers: editor, body: document });
    expect(response.status).toBe(422);
    const { error } = await json(response);
    expect(error.code).toBe('VALIDATION');
    const problems = error.problems as { path: string; message: string }[];
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.path).toMatch(/^\$/);
  });

  test('JOB_LIMIT: 422 with the overfull list', async () => {
    const { server } = await testServer();
    const flow = await (
      await call(server, 'POST', '/v1/call-flows', { headers: editor, body: { name: 'Main' } })
    ).json();
    const graph = structuredClone(flow.draft);
    const sona = graph.steps.find((step: { kind: string }) => step.kind === 'sona');
    sona.jobIds = Array.from({ length: 11 }, (_, index) => `job-${index}`);
    const response = await call(server, 'PUT', `/v1/call-flows/${flow.id}/draft`, {
      headers: { ...editor, 'If-Match': '"1"' },
      body: graph,
    });
    expect(response.status).toBe(422);
    const { error } = await json(response);
    expect(error.code).toBe('JOB_LIMIT');
    expect((error.problems as { path: string }[])[0]?.path).toMatch(/^\$\.steps\[\d+\]\.jobIds/);
  });

  test('CONFLICT: 409 with the record as stored now', async () => {
    const { server } = await testServer();
    const job = await (await call(server, 'POST', '/v1/jobs', { headers: editor, body: jobInput() })).json();
    const first = await call(server, 'PATCH', `/v1/jobs/${job.id}`, {
      headers: { ...editor, 'If-Match': '"1"' },
      body: { name: 'Mine' },
    });
    expect(first.status).toBe(200);
    const stale = await call(server, 'PATCH', `/v1/jobs/${job.id}`, {
      headers: { ...editor, 'If-Match': '"1"' },
      body: { name: 'Theirs' },
    });
    expect(stale.status).toBe(409);
    const { error } = await json(stale);
    expect(error.code).toBe('CONFLICT');
    expect(error.current).toMatchObject({ id: job.id, name: 'Mine', version: 2 });
  });

  test('IN_USE: 409 with every place', async () => {
    const { server } = await testServer({ memory: { seed: { 'ws-a': demoWorkspace } } });
    const job = await (
      await call(server, 'GET', `/v1/jobs/${JOB_IDS.takeMessage}`, { headers: editor })
    ).json();
    const response = await call(server, 'DELETE', `/v1/jobs/${job.id}`, {
      headers: { ...editor, 'If-Match': `"${job.version}"` },
    });
    expect(response.status).toBe(409);
    const { error } = await json(response);
    expect(error.code).toBe('IN_USE');
    expect((error.places as unknown[]).length).toBeGreaterThan(0);
  });

  test('INVALID_GRAPH: 422 with the blocking issues', async () => {
    const { server } = await testServer();
    const flow = await (
      await call(server, 'POST', '/v1/call-flows', { headers: editor, body: { name: 'Main' } })
    ).json();
    const saved = await call(server, 'PUT', `/v1/call-flows/${flow.id}/draft`, {
      headers: { ...editor, 'If-Match': '"1"' },
      body: { steps: [], edges: [] },
    });
    expect(saved.status).toBe(200);
    const response = await call(server, 'POST', `/v1/call-flows/${flow.id}/publish`, {
      headers: { ...editor, 'If-Match': saved.headers.get('ETag') ?? '' },
    });
    expect(response.status).toBe(422);
    const { error } = await json(response);
    expect(error.code).toBe('INVALID_GRAPH');
    expect((error.issues as { code: string }[]).map((issue) => issue.code)).toContain('NO_START');
  });

  test('NOT_FOUND: 404', async () => {
    const { server } = await testServer();
    for (const path of [
      '/v1/jobs/nope',
      '/v1/knowledge/nope',
      '/v1/call-flows/nope',
      '/v1/call-flows/nope/revisions',
    ]) {
      const response = await call(server, 'GET', path, { headers: editor });
      expect(response.status).toBe(404);
      expect((await json(response)).error.code).toBe('NOT_FOUND');
    }
  });

  test('FORBIDDEN thrown by the store: 403', async () => {
    const inner = createMemoryStore();
    const store: Store = {
      ...inner,
      workspace: (id) => ({
        ...inner.workspace(id),
        listJobs: async () => {
          const { DesignerError } = await import('@sona-designer/core');
          throw new DesignerError('FORBIDDEN', 'Not yours.');
        },
      }),
    };
    const server = await createServer({ database: 'memory://', authenticate: fakeAuthenticate, store });
    const response = await call(server, 'GET', '/v1/jobs', { headers: editor });
    expect(response.status).toBe(403);
    expect((await json(response)).error).toEqual({ code: 'FORBIDDEN', message: 'Not yours.' });
  });
});

describe('request errors', () => {
  test('If-Match missing: 428 VALIDATION; not a version: 400', async () => {
    const { server } = await testServer();
    const job = await (await call(server, 'POST', '/v1/jobs', { headers: editor, body: jobInput() })).json();
    const missing = await call(server, 'PATCH', `/v1/jobs/${job.id}`, {
      headers: editor,
      body: { name: 'B' },
    });
    expect(missing.status).toBe(428);
    expect((await json(missing)).error.code).toBe('VALIDATION');
    for (const tag of ['3', '"abc"', '*', '"1", "2"']) {
      const bad = await call(server, 'DELETE', `/v1/jobs/${job.id}`, {
        headers: { ...editor, 'If-Match': tag },
      });
      expect(bad.status).toBe(400);
      expect((await json(bad)).error.code).toBe('VALIDATION');
    }
    // Nothing changed.
    expect((await call(server, 'GET', `/v1/jobs/${job.id}`, { headers: editor })).headers.get('ETag')).toBe(
      '"1"',
    );
  });

  test('malformed JSON: 400 saying why, with no stack trace', async () => {
    const { server, errors } = await testServer();
    const response = await call(server, 'POST', '/v1/jobs', {
      headers: { ...editor, 'Content-Type': 'application/json' },
      rawBody: '{"name": "x",',
    });
    expect(response.status).toBe(400);
    const { error } = await json(response);
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/^The request body is not valid JSON: /);
    expect(JSON.stringify(error)).not.toMatch(/\bat .*\.(ts|js)|node:internal|stack/);
    expect(errors).toEqual([]);
    const empty = await call(server, 'POST', '/v1/jobs', { headers: editor, rawBody: '' });
    expect(empty.status).toBe(400);
  });

  test('a body over the limit is refused before it is parsed, and the store is never called', async () => {
    const store = spyStore(createMemoryStore());
    const server = await createServer({
      database: 'memory://',
      authenticate: fakeAuthenticate,
      store,
      maxBodyBytes: 1000,
      maxImportBytes: 2000,
    });
    const big = JSON.stringify({ ...jobInput(), description: 'x'.repeat(5000) });
    // Declared by Content-Length.
    const declared = await call(server, 'POST', '/v1/jobs', { headers: editor, rawBody: big });
    expect(declared.status).toBe(413);
    expect((await json(declared)).error.code).toBe('VALIDATION');
    // Streamed with no Content-Length: counted as it arrives.
    const chunks = [new TextEncoder().encode(big.slice(0, 800)), new TextEncoder().encode(big.slice(800))];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    const streamed = await server.fetch(
      new Request('http://test/v1/jobs', {
        method: 'POST',
        headers: editor,
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
    // The import has its own, larger limit.
    const document = await call(server, 'POST', '/v1/import', { headers: editor, rawBody: 'x'.repeat(2001) });
    expect(document.status).toBe(413);
    const allowedSize = await call(server, 'POST', '/v1/import', {
      headers: editor,
      rawBody: ' '.repeat(1500),
    });
    expect(allowedSize.status).toBe(400);
    expect(store.calls).toEqual([]);
  });

  test('an unknown route or method: 404', async () => {
    const { server } = await testServer();
    for (const [method, path] of [
      ['GET', '/v1/nothing'],
      ['GET', '/'],
      ['PUT', '/v1/jobs'],
      ['GET', '/v2/jobs'],
    ] as const) {
      const response = await call(server, method, path, { headers: editor });
      expect(response.status).toBe(404);
      expect((await json(response)).error.code).toBe('NOT_FOUND');
    }
  });

  test('anything else: 500 that says nothing of the cause, which goes to onError', async () => {
    const inner = createMemoryStore();
    const secret = new Error('connect ECONNREFUSED 10.0.0.7:5432 password=hunter2');
    const store: Store = {
      ...inner,
      workspace: (id) => ({
        ...inner.workspace(id),
        listJobs: async () => {
          throw secret;
        },
      }),
    };
    const errors: unknown[] = [];
    const server = await createServer({
      database: 'memory://',
      authenticate: fakeAuthenticate,
      store,
      onError: (error) => errors.push(error),
    });
    const response = await call(server, 'GET', '/v1/jobs', { headers: editor });
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({
      error: { code: 'UNAVAILABLE', message: expect.stringMatching(/^The server failed/) },
    });
    expect(body).not.toMatch(/ECONNREFUSED|hunter2|10\.0\.0\.7|at /);
    expect(errors).toEqual([secret]);
  });

  test('bad query parameters: 422 VALIDATION naming the field', async () => {
    const { server } = await testServer();
    for (const path of ['/v1/jobs?sort=sideways', '/v1/templates?locale=de', '/v1/call-summaries?source=x']) {
      const response = await call(server, 'GET', path, { headers: editor });
      expect(response.status).toBe(422);
      expect((await json(response)).error.fieldErrors).toBeDefined();
    }
  });
});
