import { describe, expect, test } from 'vitest';
import { readEvents } from './test/eventReader';
import { as, call, jobInput, testServer } from './test/harness';

describe('createServer', () => {
  test('two servers in one process share no state', async () => {
    const first = await testServer();
    const second = await testServer();
    await call(first.server, 'POST', '/v1/jobs', {
      headers: as('editor'),
      body: jobInput('Only in the first'),
    });
    const list = await (await call(second.server, 'GET', '/v1/jobs', { headers: as('viewer') })).json();
    expect(list.total).toBe(0);
    await first.server.close();
    // Closing one leaves the other serving.
    expect((await call(second.server, 'GET', '/v1/jobs', { headers: as('viewer') })).status).toBe(200);
    expect(second.store.closed).toBe(false);
    await second.server.close();
  });

  test('each workspace is created once, before its first operation', async () => {
    const { server, store } = await testServer();
    const calls: string[] = [];
    const ensure = store.ensureWorkspace;
    store.ensureWorkspace = async (id) => {
      calls.push(id);
      return ensure(id);
    };
    await Promise.all([
      call(server, 'GET', '/v1/jobs', { headers: as('viewer', 'ws-a') }),
      call(server, 'GET', '/v1/knowledge', { headers: as('viewer', 'ws-a') }),
      call(server, 'GET', '/v1/jobs', { headers: as('viewer', 'ws-b') }),
    ]);
    await call(server, 'GET', '/v1/jobs', { headers: as('viewer', 'ws-a') });
    expect(calls.sort()).toEqual(['ws-a', 'ws-b']);
  });

  test('listen on port 0 serves over HTTP, SSE included; close ends streams and stops listening', async () => {
    const { server, store } = await testServer();
    const { port, url } = await server.listen(0);
    expect(port).toBeGreaterThan(0);
    expect(url).toBe(`http://127.0.0.1:${port}`);
    const health = await fetch(`${url}/v1/health`);
    expect(await health.json()).toEqual({ status: 'ok' });

    const events = readEvents(await fetch(`${url}/v1/events`, { headers: as('viewer') }));
    await events.waitForText(/retry: 1000/);
    const created = await fetch(`${url}/v1/jobs`, {
      method: 'POST',
      headers: { ...as('editor'), 'Content-Type': 'application/json' },
      body: JSON.stringify(jobInput()),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('ETag')).toBe('"1"');
    expect((await events.waitForEvents(1))[0]).toMatchObject({ type: 'change', id: '1' });

    await server.close();
    await events.waitForEnd();
    expect(store.closed).toBe(true);
    await expect(fetch(`${url}/v1/health`)).rejects.toThrow();
    // Closing twice is fine.
    await server.close();
  });

  test('listen fails cleanly on a port in use', async () => {
    const first = await testServer();
    const { port } = await first.server.listen(0);
    const second = await testServer();
    await expect(second.server.listen(port)).rejects.toThrow(/EADDRINUSE/);
    await first.server.close();
    await second.server.close();
  });
});
