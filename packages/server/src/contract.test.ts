import { createHttpAdapter } from '@sona-designer/core/http';
import { describeAdapterContract } from '@sona-designer/core/testing';
import { testServer } from './test/harness';

// The adapter contract, run through `createHttpAdapter` against this server in process (over the memory store): the
// client and the server agree on every route, status, header and error body.
let workspace = 0;
describeAdapterContract('HTTP API (createHttpAdapter → createServer, memory store)', async () => {
  const { server } = await testServer({ heartbeatMs: 60_000 });
  workspace += 1;
  // Kept per adapter: a test may make a second adapter and then go on using the first.
  const token = `editor:ws-${workspace}:contract`;
  return createHttpAdapter({
    baseUrl: 'http://test',
    getToken: () => token,
    fetch: server.fetch,
  });
});
