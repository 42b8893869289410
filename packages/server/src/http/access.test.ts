import { BUSINESS_NAME, demoWorkspace, JOB_IDS, KNOWLEDGE_IDS } from '@sona-designer/core/demo';
import { ROUTES, type RouteName } from '@sona-designer/core/http';
import { SignJWT } from 'jose';
import { describe, expect, test } from 'vitest';
import { createTokenAuthenticator } from '../auth';
import { createServer } from '../server';
import { as, call, testServer } from '../test/harness';
import { createMemoryStore } from '../test/memoryStore';
import { spyStore } from '../test/spyStore';

const names = Object.keys(ROUTES) as RouteName[];
const PUBLIC: RouteName[] = ['health', 'openapi'];
const FLOW_ID = 'flow-main';

/** A route's path with workspace A's ids (from the demo workspace) filled in. */
function pathOf(name: RouteName): string {
  const { path } = ROUTES[name];
  const id = path.startsWith('/v1/jobs/')
    ? JOB_IDS.takeMessage
    : path.startsWith('/v1/knowledge/')
      ? KNOWLEDGE_IDS.hours
      : FLOW_ID;
  return path.replace(':id', id).replace(':revision', '1');
}

/** A plausible body and If-Match for a write route, so only access can refuse it. */
function writeInit(name: RouteName): { body?: unknown; headers: Record<string, string> } {
  const bodies: Partial<Record<RouteName, unknown>> = {
    createJob: { name: 'x', instructions: 'y' },
    updateJob: { name: 'x' },
    createKnowledge: { title: 'x', content: 'y' },
    updateKnowledge: { title: 'x' },
    createCallFlow: { name: 'x' },
    saveDraft: demoWorkspace.callFlows?.[0]?.draft,
    recordCallSummary: {},
    createTestCase: { callFlowId: FLOW_ID },
    updateTestCase: { name: 'x' },
    importWorkspace: { format: 'sona-designer/workspace' },
  };
  return { body: bodies[name], headers: { 'If-Match': '"1"' } };
}

function seeded() {
  return createMemoryStore({ seed: { 'ws-a': demoWorkspace } });
}

describe('roles', () => {
  test('a viewer gets 403 FORBIDDEN on every write route, and the store is never called', async () => {
    const store = spyStore(seeded());
    const server = await createServer({
      database: 'memory://',
      authenticate: (await import('../test/harness')).fakeAuthenticate,
      store,
    });
    const writes = names.filter((name) => ROUTES[name].method !== 'GET');
    expect(writes.length).toBeGreaterThanOrEqual(12);
    for (const name of writes) {
      const init = writeInit(name);
      const response = await call(server, ROUTES[name].method, pathOf(name), {
        ...init,
        headers: { ...init.headers, ...as('viewer') },
      });
      expect(response.status, name).toBe(403);
      expect(await response.json(), name).toEqual({
        error: { code: 'FORBIDDEN', message: 'You can view this workspace but not change it.' },
      });
    }
    expect(store.calls).toEqual([]);
  });

  test('a viewer gets 200 on every read route', async () => {
    const { server } = await testServer({ memory: { seed: { 'ws-a': demoWorkspace } } });
    const reads = names.filter((name) => ROUTES[name].method === 'GET');
    for (const name of reads) {
      const response = await call(server, 'GET', pathOf(name), { headers: as('viewer') });
      expect(response.status, name).toBe(200);
      await response.body?.cancel();
    }
  });

  test('an editor may write', async () => {
    const { server } = await testServer({ memory: { seed: { 'ws-a': demoWorkspace } } });
    const response = await call(server, 'POST', '/v1/jobs', {
      headers: as('editor'),
      body: { name: 'x', instructions: 'y' },
    });
    expect(response.status).toBe(201);
  });

  test('GET /v1/session is the caller; GET /v1/health needs no sign-in', async () => {
    const { server } = await testServer();
    const session = await call(server, 'GET', '/v1/session', { headers: as('viewer', 'ws-z', 'ana') });
    expect(await session.json()).toEqual({ workspaceId: 'ws-z', userId: 'ana', role: 'viewer' });
    const health = await call(server, 'GET', '/v1/health');
    expect(health.status).toBe(200);
  });
});

describe('authentication', () => {
  const secret = 'a-test-secret-of-some-length';
  const other = 'another-secret-of-some-length';

  async function tokenServer() {
    const tokens = createTokenAuthenticator({ secret });
    const store = spyStore(createMemoryStore());
    const server = await createServer({ database: 'memory://', authenticate: tokens.authenticate, store });
    return { tokens, server, store };
  }

  test('no token, a forged, expired or malformed one: 401 FORBIDDEN on every signed-in route', async () => {
    const { tokens, server, store } = await tokenServer();
    const caller = { workspaceId: 'ws-a', userId: 'u', role: 'editor' } as const;
    const forged = await createTokenAuthenticator({ secret: other }).sign(caller);
    const expired = await new SignJWT({ workspace: 'ws-a', role: 'editor' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(secret));
    const valid = await tokens.sign(caller);
    const [header, payload] = valid.split('.');
    const tampered = `${header}.${payload}x.${valid.split('.')[2]}`;
    const headers: (Record<string, string> | undefined)[] = [
      undefined,
      { Authorization: `Bearer ${forged}` },
      { Authorization: `Bearer ${expired}` },
      { Authorization: `Bearer ${tampered}` },
      { Authorization: 'Bearer not-a-token' },
      { Authorization: `Basic ${btoa('u:p')}` },
    ];
    for (const name of names.filter((route) => !PUBLIC.includes(route))) {
      for (const header of headers) {
        const response = await call(server, ROUTES[name].method, pathOf(name), { headers: header });
        expect(response.status, `${name} ${JSON.stringify(header)}`).toBe(401);
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('FORBIDDEN');
        expect(body.error.message).toMatch(/sign in/);
        expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
      }
    }
    expect(store.calls).toEqual([]);
    const ok = await call(server, 'GET', '/v1/session', { headers: { Authorization: `Bearer ${valid}` } });
    expect(await ok.json()).toEqual(caller);
  });

  test('the token may travel as ?access_token= on GET /v1/events only', async () => {
    const { tokens, server } = await tokenServer();
    const token = await tokens.sign({ workspaceId: 'ws-a', userId: 'u', role: 'viewer' });
    const events = await call(server, 'GET', `/v1/events?access_token=${token}`);
    expect(events.status).toBe(200);
    await events.body?.cancel();
    const jobs = await call(server, 'GET', `/v1/jobs?access_token=${token}`);
    expect(jobs.status).toBe(401);
  });
});

describe('workspace isolation', () => {
  test("workspace B's token with A's ids: 404 on every route with an id, nothing of A in the body, A unchanged", async () => {
    const { server } = await testServer({ memory: { seed: { 'ws-a': demoWorkspace } } });
    const exportA = async () => {
      const { exportedAt: _at, ...data } = await (
        await call(server, 'GET', '/v1/export', { headers: as('viewer', 'ws-a') })
      ).json();
      return data;
    };
    const before = await exportA();
    const withId = names.filter((name) => ROUTES[name].path.includes(':id'));
    expect(withId.length).toBeGreaterThanOrEqual(13);
    const secrets = [
      BUSINESS_NAME,
      'Take a message',
      'Dupont',
      'Main line',
      JOB_IDS.takeMessage,
      KNOWLEDGE_IDS.hours,
    ];
    for (const name of withId) {
      const init = writeInit(name);
      const response = await call(server, ROUTES[name].method, pathOf(name), {
        ...init,
        headers: { ...init.headers, ...as('editor', 'ws-b', 'intruder') },
      });
      expect(response.status, name).toBe(404);
      const text = await response.text();
      expect(JSON.parse(text).error.code, name).toBe('NOT_FOUND');
      for (const secretText of secrets) expect(text, name).not.toContain(secretText);
    }
    // B's lists hold nothing of A either.
    for (const path of ['/v1/jobs', '/v1/knowledge', '/v1/call-flows', '/v1/call-summaries', '/v1/export']) {
      const text = await (await call(server, 'GET', path, { headers: as('viewer', 'ws-b') })).text();
      for (const secretText of secrets) expect(text, path).not.toContain(secretText);
    }
    expect(await exportA()).toEqual(before);
  });
});
