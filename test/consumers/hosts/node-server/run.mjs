// The reference backend in a plain Node host, as the installed packages give it: `createServer` on embedded PGlite in
// memory, listening on a free port, used over real HTTP by `createHttpAdapter`. Exits 0 only when every check held;
// prints one line per check.
import { isDesignerError } from '@sona-designer/core';
import { createHttpAdapter } from '@sona-designer/core/http';
import { createServer, createTokenAuthenticator } from '@sona-designer/server';

const tokens = createTokenAuthenticator({ secret: 'consumer-test-secret-0123456789' });
const server = await createServer({
  database: 'memory://',
  authenticate: (request) => tokens.authenticate(request),
  onError: (error) => console.error('server error:', error),
});

function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

let adapter;
let viewerAdapter;
try {
  const { url } = await server.listen(0);
  check(/^http:\/\/127\.0\.0\.1:\d+$/.test(url), `listen(0) answered ${url}`);
  console.log(`listening on ${url}`);

  const editor = await tokens.sign({ workspaceId: 'acme', userId: 'ada', role: 'editor' });
  const viewer = await tokens.sign({ workspaceId: 'acme', userId: 'vic', role: 'viewer' });
  let open;
  const opened = new Promise((resolve) => {
    open = resolve;
  });
  adapter = createHttpAdapter({
    baseUrl: url,
    getToken: () => editor,
    onStatus: (status) => status === 'open' && open(),
  });
  viewerAdapter = createHttpAdapter({ baseUrl: url, getToken: () => viewer });

  const job = await adapter.createJob({ name: 'Take a message', instructions: '1. Ask for their name.' });
  check(job.version === 1 && typeof job.id === 'string', `createJob returned ${JSON.stringify(job)}`);
  console.log(`created ${job.id}`);

  const received = new Promise((resolve) => {
    adapter.subscribe((event) => {
      if (event.type === 'job-updated' && event.id === job.id) resolve(event);
    });
  });
  await within(opened, 10_000, 'the event stream opening');
  const updated = await adapter.updateJob(job.id, { name: 'Take a detailed message' }, job.version);
  check(updated.version === 2, `updateJob returned version ${updated.version}`);
  const event = await within(received, 10_000, 'the job-updated event');
  check(event.version === 2, `the job-updated event carries version ${event.version}`);
  console.log(`received job-updated ${event.id} v${event.version}`);

  const listed = await viewerAdapter.listJobs();
  check(listed.total === 1, `the viewer lists ${listed.total} jobs`);
  let refusal;
  try {
    await viewerAdapter.updateJob(job.id, { name: 'Not allowed' }, updated.version);
  } catch (error) {
    refusal = error;
  }
  check(
    isDesignerError(refusal, 'FORBIDDEN'),
    `the viewer's write was not refused with FORBIDDEN: ${refusal?.code ?? refusal ?? 'it succeeded'}`,
  );
  console.log("refused the viewer's write with FORBIDDEN");

  const response = await fetch(`${url}/v1/openapi.json`);
  check(response.status === 200, `GET /v1/openapi.json answered ${response.status}`);
  const document = await response.json();
  check(document.openapi === '3.1.0', `GET /v1/openapi.json answered openapi: ${document.openapi}`);
  console.log(`served OpenAPI ${document.openapi} with ${Object.keys(document.paths ?? {}).length} paths`);
} finally {
  adapter?.close();
  viewerAdapter?.close();
  await within(server.close(), 10_000, 'close()');
  console.log('closed');
}
