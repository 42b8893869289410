import { createServer, type Server, type Socket } from 'node:net';
import type { ChangeEvent, DesignerAdapter } from '@sona-designer/core';
import { createHttpAdapter } from '@sona-designer/core/http';
import { jobInput } from '@sona-designer/core/testing';
import { createTokenAuthenticator } from '@sona-designer/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type PostgresCluster, startPostgresCluster } from '../support/postgresCluster.mjs';
import { type ServerProcess, startServerProcess } from '../support/serverProcess';

// Two server processes on one real Postgres server (Debian's, a private cluster started here), as a host would
// deploy them behind a load balancer.
const SECRET = 'multi-process-test-secret-0123456789';
const tokens = createTokenAuthenticator({ secret: SECRET });

let cluster: PostgresCluster;
let first: ServerProcess;
let second: ServerProcess;

beforeAll(async () => {
  cluster = await startPostgresCluster();
  const env = { DATABASE_URL: cluster.url, SONA_JWT_SECRET: SECRET };
  // Started together: their migrations race for the advisory lock, and both must come up.
  [first, second] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
});

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  await cluster?.destroy();
});

async function adapterOn(server: ServerProcess, workspaceId: string) {
  const token = await tokens.sign({ workspaceId, userId: `user-${server.url}`, role: 'editor' });
  return createHttpAdapter({ baseUrl: server.url, getToken: () => token });
}

/** A TCP proxy in front of a server whose connections a test can cut, as a flaky network or a proxy restart would. */
async function cuttableProxy(target: string): Promise<{ url: string; cut(): void; close(): Promise<void> }> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  const { connect } = await import('node:net');
  const proxy: Server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    cut: () => {
      for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        proxy.close(() => resolve());
      }),
  };
}

async function settle<T>(promise: Promise<T>) {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

describe('two server processes on one Postgres server', () => {
  it('lets exactly one of two concurrent saves of the same version win, every time', async () => {
    const a = await adapterOn(first, 'ws-race');
    const b = await adapterOn(second, 'ws-race');
    const job = await a.createJob(jobInput({ name: 'Raced job' }));
    let version = job.version;
    for (let round = 0; round < 20; round++) {
      const results = await Promise.all([
        settle(a.updateJob(job.id, { name: `A ${round}` }, version)),
        settle(b.updateJob(job.id, { name: `B ${round}` }, version)),
      ]);
      const winners = results.filter((result) => result.ok);
      expect(winners).toHaveLength(1);
      const loser = results.find((result) => !result.ok);
      expect(loser && !loser.ok && (loser.error as { code?: string }).code).toBe('CONFLICT');
      version += 1;
      const stored = await b.getJob(job.id);
      expect(stored.version).toBe(version);
      expect(stored.name).toBe(winners[0]?.ok ? winners[0].value.name : undefined);
    }
    a.close();
    b.close();
  });

  it('delivers an event written through one process to a subscriber of the other', async () => {
    const writer = await adapterOn(first, 'ws-events');
    const reader = await adapterOn(second, 'ws-events');
    const events: ChangeEvent[] = [];
    const unsubscribe = reader.subscribe((event) => events.push(event));
    // The subscription is live once a first write made after it arrives; give the stream a moment to open.
    await vi.waitFor(
      async () => {
        const probe = await writer.createJob(jobInput({ name: 'Probe' }));
        expect(events).toContainEqual({ type: 'job-created', id: probe.id, version: 1 });
      },
      { timeout: 10_000, interval: 200 },
    );
    const job = await writer.createJob(jobInput({ name: 'Seen elsewhere' }));
    await writer.updateJob(job.id, { name: 'Renamed elsewhere' }, 1);
    await vi.waitFor(() => expect(events).toContainEqual({ type: 'job-updated', id: job.id, version: 2 }), {
      timeout: 5000,
      interval: 20,
    });
    unsubscribe();
    writer.close();
    reader.close();
  });

  it('resumes a cut change feed with Last-Event-ID and misses no event, in order, without duplicates', async () => {
    const proxy = await cuttableProxy(second.url);
    let reconnects = 0;
    let open = false;
    const token = await tokens.sign({ workspaceId: 'ws-resume', userId: 'reader', role: 'editor' });
    // Fast reconnects: the test is about what arrives, not about the backoff (unit-tested on a fake clock).
    const reader = createHttpAdapter({
      baseUrl: proxy.url,
      getToken: () => token,
      reconnect: { initialDelayMs: 50, maxDelayMs: 200 },
      onStatus: (status) => {
        if (status === 'reconnecting') reconnects += 1;
        open = status === 'open';
      },
    });
    const writer = await adapterOn(first, 'ws-resume');
    const job = await writer.createJob(jobInput({ name: 'Counted' }));
    const versions: number[] = [];
    const unsubscribe = reader.subscribe((event) => {
      if (event.type === 'job-updated' && event.id === job.id) versions.push(event.version);
    });
    await vi.waitFor(
      async () => {
        const current = await writer.getJob(job.id);
        await writer.updateJob(job.id, { name: `Counted ${current.version}` }, current.version);
        expect(versions.length).toBeGreaterThan(0);
      },
      { timeout: 10_000, interval: 200 },
    );
    const first_ = versions[0] ?? 2;
    let version = (await writer.getJob(job.id)).version;
    for (let index = 0; index < 30; index++) {
      // Cut every connection through the proxy now and then, while writes keep landing on the other process.
      if (index % 7 === 3) {
        await vi.waitFor(() => expect(open).toBe(true), { timeout: 5000, interval: 10 });
        proxy.cut();
      }
      version = (await writer.updateJob(job.id, { name: `Counted ${index}` }, version)).version;
    }
    await vi.waitFor(() => expect(versions.at(-1)).toBe(version), { timeout: 15_000, interval: 50 });
    const expected = Array.from({ length: version - first_ + 1 }, (_, index) => first_ + index);
    expect(versions).toEqual(expected);
    // The cuts did happen: the feed reconnected after each of them.
    expect(reconnects).toBeGreaterThanOrEqual(4);
    unsubscribe();
    reader.close();
    writer.close();
    await proxy.close();
  });

  it('answers UNAVAILABLE while the database is down and recovers when it is back', async () => {
    const adapter: DesignerAdapter & { close(): void } = await adapterOn(first, 'ws-outage');
    const job = await adapter.createJob(jobInput({ name: 'Before the outage' }));
    await cluster.stopServer();
    try {
      const during = await settle(adapter.updateJob(job.id, { name: 'During the outage' }, 1));
      expect(during.ok).toBe(false);
      expect(!during.ok && (during.error as { code?: string }).code).toBe('UNAVAILABLE');
    } finally {
      await cluster.startServer();
    }
    // The pool reconnects by itself: the same edit goes through once the database is back.
    await vi.waitFor(
      async () => expect((await adapter.updateJob(job.id, { name: 'After the outage' }, 1)).version).toBe(2),
      { timeout: 15_000, interval: 250 },
    );
    expect((await adapter.getJob(job.id)).name).toBe('After the outage');
    adapter.close();
  });
});
