import { describe, expect, test } from 'vitest';
import { createServer } from '../server';
import type { Store } from '../store/types';
import { as, BASE, call, fakeAuthenticate, jobInput, testServer } from '../test/harness';
import { createMemoryStore } from '../test/memoryStore';

const editor = as('editor');

describe('hostile payloads', () => {
  test('SQL-looking and <script> text is stored and returned verbatim, as JSON', async () => {
    const { server } = await testServer();
    const name = `Robert'); DROP TABLE jobs;-- <script>alert("x")</script>`;
    const description = `' OR 1=1; -- \\"; SELECT * FROM workspaces WHERE id <> $1 /* <img src=x onerror=alert(1)> */`;
    const created = await call(server, 'POST', '/v1/jobs', {
      headers: editor,
      body: { ...jobInput(), name, description },
    });
    expect(created.status).toBe(201);
    const job = await created.json();
    for (const response of [
      await call(server, 'GET', `/v1/jobs/${job.id}`, { headers: editor }),
      await call(server, 'GET', `/v1/jobs?query=${encodeURIComponent('DROP TABLE')}`, { headers: editor }),
    ]) {
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      const body = await response.json();
      const stored = 'items' in body ? body.items[0] : body;
      expect(stored.name).toBe(name);
      expect(stored.description).toBe(description);
    }
  });

  test('ids with SQL or path characters are just unknown ids', async () => {
    const { server } = await testServer();
    for (const id of ["1' OR '1'='1", '../../etc/passwd', '%00', '<script>']) {
      const response = await call(server, 'GET', `/v1/jobs/${encodeURIComponent(id)}`, { headers: editor });
      expect(response.status, id).toBe(404);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    }
  });
});

test('path parameters reach the store decoded exactly once; malformed escapes are no 500', async () => {
  const inner = createMemoryStore();
  const seen: string[] = [];
  const store: Store = {
    ...inner,
    workspace: (workspaceId) => ({
      ...inner.workspace(workspaceId),
      getJob: (id) => {
        seen.push(id);
        return inner.workspace(workspaceId).getJob(id);
      },
    }),
  };
  const server = await createServer({ database: 'memory://', authenticate: fakeAuthenticate, store });
  const ids = ['a b', '../x', 'é', "1' OR '1'='1", '%41', 'a/b'];
  for (const id of ids) {
    const response = await call(server, 'GET', `/v1/jobs/${encodeURIComponent(id)}`, { headers: editor });
    expect(response.status, id).toBe(404);
  }
  expect(seen).toEqual(ids);
  const malformed = await call(server, 'GET', '/v1/jobs/%E0%A4%A', { headers: editor });
  expect(malformed.status).toBeLessThan(500);
});

describe('CORS', () => {
  test('a preflight from an allowed origin is answered without signing in', async () => {
    const { server } = await testServer({ cors: { origins: ['https://app.example'] } });
    const response = await server.fetch(
      new Request(`${BASE}/v1/jobs/x`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://app.example',
          'Access-Control-Request-Method': 'PATCH',
          'Access-Control-Request-Headers': 'authorization, if-match, content-type',
        },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://app.example');
    expect(response.headers.get('Access-Control-Allow-Methods')).toMatch(/PATCH/);
    const allowed = (response.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
    for (const header of ['authorization', 'if-match', 'last-event-id', 'content-type']) {
      expect(allowed).toContain(header);
    }
  });

  test('responses expose ETag to the allowed origin only', async () => {
    const { server } = await testServer({ cors: { origins: ['https://app.example'] } });
    const allowed = await call(server, 'POST', '/v1/jobs', {
      headers: { ...editor, Origin: 'https://app.example' },
      body: jobInput(),
    });
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('https://app.example');
    expect(allowed.headers.get('Access-Control-Expose-Headers')).toMatch(/ETag/i);
    const other = await call(server, 'GET', '/v1/jobs', {
      headers: { ...editor, Origin: 'https://evil.example' },
    });
    expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  test("'*' allows any origin; no cors option sends no CORS headers", async () => {
    const open = (await testServer({ cors: { origins: '*' } })).server;
    const response = await call(open, 'GET', '/v1/health', { headers: { Origin: 'https://any.example' } });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const closed = (await testServer()).server;
    const none = await call(closed, 'GET', '/v1/health', { headers: { Origin: 'https://any.example' } });
    expect(none.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});
