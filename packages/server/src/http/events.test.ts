import { expect, test } from 'vitest';
import { readEvents } from '../test/eventReader';
import { as, call, jobInput, testServer } from '../test/harness';

const editor = as('editor');

async function createJobs(
  server: Parameters<typeof call>[0],
  count: number,
  workspace = 'ws-a',
): Promise<void> {
  for (let index = 0; index < count; index++) {
    const response = await call(server, 'POST', '/v1/jobs', {
      headers: as('editor', workspace),
      body: jobInput(`Job ${index}`),
    });
    expect(response.status).toBe(201);
  }
}

function open(server: Parameters<typeof call>[0], headers: Record<string, string> = {}, query = '') {
  return call(server, 'GET', `/v1/events${query}`, { headers: { ...as('viewer'), ...headers } });
}

test('a new stream sends retry first, then only new changes, with the sequence number as id', async () => {
  const { server } = await testServer();
  await createJobs(server, 2);
  const response = await open(server);
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toMatch(/^text\/event-stream/);
  const stream = readEvents(response);
  await stream.waitForText(/^retry: 1000\n\n/);
  expect(stream.retry).toBe(1000);
  const created = await (
    await call(server, 'POST', '/v1/jobs', { headers: editor, body: jobInput() })
  ).json();
  const [event] = await stream.waitForEvents(1);
  expect(event).toEqual({
    type: 'change',
    id: '3',
    data: JSON.stringify({ type: 'job-created', id: created.id, version: 1 }),
  });
  await stream.cancel();
});

test('resuming with Last-Event-ID sends exactly the missed events, in order, then new ones', async () => {
  const { server } = await testServer();
  await createJobs(server, 5);
  const stream = readEvents(await open(server, { 'Last-Event-ID': '2' }));
  const missed = await stream.waitForEvents(3);
  expect(missed.map((event) => event.id)).toEqual(['3', '4', '5']);
  await createJobs(server, 1);
  const all = await stream.waitForEvents(4);
  expect(all.map((event) => event.id)).toEqual(['3', '4', '5', '6']);
  await stream.cancel();

  // The query parameter works the same, for clients that cannot set headers.
  const byQuery = readEvents(await open(server, {}, '?lastEventId=4'));
  expect((await byQuery.waitForEvents(2)).map((event) => event.id)).toEqual(['5', '6']);
  await byQuery.cancel();
});

test('duplicate, late and out-of-order notifications send no event twice and none out of order', async () => {
  const { server, store } = await testServer();
  const stream = readEvents(await open(server, { 'Last-Event-ID': '0' }));
  await stream.waitForText(/retry/);
  await createJobs(server, 3);
  store.notify('ws-a', 3);
  store.notify('ws-a', 1);
  store.notify('ws-a', 2);
  store.notify('ws-a', 3);
  store.notify('ws-a', 99);
  await createJobs(server, 2);
  store.notify('ws-a', 5);
  await stream.waitForEvents(5);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(stream.events.map((event) => event.id)).toEqual(['1', '2', '3', '4', '5']);
  await stream.cancel();
});

test('too far behind: a reload event carrying the latest id, then the stream goes on from there', async () => {
  const { server } = await testServer({ memory: { eventRetention: 2 } });
  await createJobs(server, 5);
  const stream = readEvents(await open(server, { 'Last-Event-ID': '1' }));
  const [reload] = await stream.waitForEvents(1);
  expect(reload?.type).toBe('reload');
  expect(reload?.id).toBe('5');
  expect(JSON.parse(reload?.data ?? '')).toEqual({ lastSeq: 5 });
  await createJobs(server, 1);
  const events = await stream.waitForEvents(2);
  expect(events[1]).toMatchObject({ type: 'change', id: '6' });
  await stream.cancel();

  // Within the retained log, no reload.
  const recent = readEvents(await open(server, { 'Last-Event-ID': '4' }));
  expect((await recent.waitForEvents(2)).map((event) => `${event.type}:${event.id}`)).toEqual([
    'change:5',
    'change:6',
  ]);
  await recent.cancel();
});

test('an id beyond the log (the database was reset) also reloads', async () => {
  const { server } = await testServer();
  await createJobs(server, 2);
  const stream = readEvents(await open(server, { 'Last-Event-ID': '40' }));
  const [reload] = await stream.waitForEvents(1);
  expect(reload).toMatchObject({ type: 'reload', id: '2' });
  await stream.cancel();
});

test('a stream sees only its own workspace', async () => {
  const { server } = await testServer();
  const streamB = readEvents(await open(server, as('viewer', 'ws-b')));
  await streamB.waitForText(/retry/);
  await createJobs(server, 2, 'ws-a');
  await createJobs(server, 1, 'ws-b');
  const [event] = await streamB.waitForEvents(1);
  expect(event?.id).toBe('1');
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(streamB.events).toHaveLength(1);
  await streamB.cancel();
});

test('heartbeat comments keep the connection alive', async () => {
  const { server } = await testServer({ heartbeatMs: 20 });
  const stream = readEvents(await open(server));
  await stream.waitForText(/\n: heartbeat\n\n[\s\S]*: heartbeat\n\n/);
  await stream.cancel();
});

test('a Last-Event-ID that is not an id: 400', async () => {
  const { server } = await testServer();
  const response = await open(server, { 'Last-Event-ID': 'abc' });
  expect(response.status).toBe(400);
});

test('close() ends open streams and stops listening for commits', async () => {
  const { server, store } = await testServer();
  const stream = readEvents(await open(server));
  await stream.waitForText(/retry/);
  await server.close();
  await stream.waitForEnd();
  expect(store.closed).toBe(true);
  const after = await call(server, 'GET', '/v1/jobs', { headers: editor });
  expect(after.status).toBe(503);
});

test('a failing read ends the stream and is reported', async () => {
  const { server, store, errors } = await testServer();
  const stream = readEvents(await open(server));
  await stream.waitForText(/retry/);
  const failure = new Error('log unreadable');
  store.readEvents = async () => {
    throw failure;
  };
  store.notify('ws-a', 1);
  await stream.waitForEnd();
  expect(errors).toEqual([failure]);
});
