import { createHttpAdapter } from '@sona-designer/core/http';
import { describeAdapterContract } from '@sona-designer/core/testing';
import { afterAll } from 'vitest';
import { createServer, type SonaServer } from './server';
import { fakeAuthenticate } from './test/harness';

// The adapter contract through `createHttpAdapter` against a real server on the embedded Postgres (PGlite in
// memory): one database for the file (it is slow to open), a fresh workspace per test.
let server: Promise<SonaServer> | undefined;
let workspace = 0;

afterAll(async () => {
  await (await server)?.close();
});

describeAdapterContract('HTTP API (createHttpAdapter → createServer, PGlite)', async () => {
  server ??= createServer({ database: 'memory://', authenticate: fakeAuthenticate, heartbeatMs: 60_000 });
  const running = await server;
  workspace += 1;
  // Kept per adapter: a test may make a second adapter and then go on using the first.
  const token = `editor:pg-${workspace}:contract`;
  return createHttpAdapter({
    baseUrl: 'http://test',
    getToken: () => token,
    fetch: running.fetch,
  });
});
