import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../adapter/types';
import { changeBlock, type ScriptedStream, scriptedEventStream } from './eventSource.fixture';
import { createFakeClock, settle } from './fakeClock.fixture';
import { createHttpAdapter } from './httpAdapter';
import type { HttpAdapterOptions, LiveStatus } from './options';

const created = (id: string, version = 1): ChangeEvent => ({ type: 'job-created', id, version });

/**
 * An adapter over a fake events endpoint. Each connection gets the next scripted answer (`failNext`, `answerNext`)
 * or else a fresh stream the test writes to (`streams`).
 */
function setup(options: Partial<HttpAdapterOptions> = {}) {
  const clock = createFakeClock();
  const requests: Request[] = [];
  const streams: ScriptedStream[] = [];
  const answers: Array<() => Promise<Response>> = [];
  const statuses: LiveStatus[] = [];
  const adapter = createHttpAdapter({
    baseUrl: 'http://api.test/',
    getToken: () => 'tok',
    timers: clock,
    // A full-size jitter factor: every delay is its nominal value (random() = 0 gives half of it).
    reconnect: { random: () => 1 },
    onStatus: (status) => statuses.push(status),
    fetch: async (request) => {
      requests.push(request);
      const answer = answers.shift();
      if (answer) return answer();
      const stream = scriptedEventStream();
      streams.push(stream);
      return stream.response;
    },
    ...options,
  });
  const events: ChangeEvent[] = [];
  return {
    adapter,
    clock,
    requests,
    streams,
    statuses,
    events,
    listen: () => adapter.subscribe((event) => events.push(event)),
    failNext: (times = 1) => {
      for (let i = 0; i < times; i++) answers.push(() => Promise.reject(new TypeError('Failed to fetch')));
    },
    answerNext: (response: () => Response) => answers.push(async () => response()),
    /** The latest stream. */
    stream: () => streams[streams.length - 1] as ScriptedStream,
    lastEventIds: () => requests.map((request) => request.headers.get('Last-Event-ID')),
  };
}

describe('createHttpAdapter subscribe', () => {
  it('opens one connection for every listener and delivers each change in order', async () => {
    const s = setup();
    const other: ChangeEvent[] = [];
    s.listen();
    s.adapter.subscribe((event) => other.push(event));
    await settle();
    expect(s.requests).toHaveLength(1);
    const request = s.requests[0] as Request;
    expect(request.url).toBe('http://api.test/v1/events');
    expect(request.headers.get('Authorization')).toBe('Bearer tok');
    expect(request.headers.get('Accept')).toBe('text/event-stream');
    expect(request.headers.get('Last-Event-ID')).toBeNull();
    expect(s.statuses).toEqual(['connecting', 'open']);

    s.stream().push(`: heartbeat\n\nretry: 1000\n\n${changeBlock(1, created('a'))}`);
    s.stream().push(changeBlock(2, { type: 'job-deleted', id: 'a' }).slice(0, 10));
    await settle();
    expect(s.events).toEqual([created('a')]);
    s.stream().push(changeBlock(2, { type: 'job-deleted', id: 'a' }).slice(10));
    await settle();
    expect(s.events).toEqual([created('a'), { type: 'job-deleted', id: 'a' }]);
    expect(other).toEqual(s.events);
  });

  it('reconnects after the backoff with Last-Event-ID, and delivers a replayed event only once', async () => {
    const s = setup();
    s.listen();
    await settle();
    s.stream().push(changeBlock(1, created('a')) + changeBlock(2, created('b')));
    s.stream().end();
    await settle();
    expect(s.statuses.at(-1)).toBe('reconnecting');
    expect(s.clock.pendingDelays()).toEqual([1000]);
    s.clock.advance(999);
    await settle();
    expect(s.requests).toHaveLength(1);
    s.clock.advance(1);
    await settle();
    expect(s.lastEventIds()).toEqual([null, '2']);
    expect(s.statuses.at(-1)).toBe('open');
    // The server replays from an older point: 1 and 2 were delivered already.
    s.stream().push(
      changeBlock(1, created('a')) + changeBlock(2, created('b')) + changeBlock(3, created('c')),
    );
    await settle();
    expect(s.events).toEqual([created('a'), created('b'), created('c')]);
  });

  it('reconnects after a network error in the middle of the stream, from the last complete event', async () => {
    const s = setup();
    s.listen();
    await settle();
    // Event 5 never completes: resuming must ask for it again.
    s.stream().push(`${changeBlock(4, created('a'))}id: 5\nevent: change\ndata: {"type":`);
    s.stream().fail();
    await settle();
    s.clock.advance(1000);
    await settle();
    expect(s.lastEventIds()).toEqual([null, '4']);
  });

  it('turns a reload into workspace-imported, then counts from its id again', async () => {
    const s = setup();
    s.listen();
    await settle();
    s.stream().push(changeBlock(40, created('a')));
    s.stream().push('id: 7\nevent: reload\ndata: {}\n\n');
    s.stream().push(changeBlock(8, created('b')));
    await settle();
    expect(s.events).toEqual([created('a'), { type: 'workspace-imported' }, created('b')]);
  });

  it('ignores unknown events and change data that is not an event', async () => {
    const s = setup();
    s.listen();
    await settle();
    s.stream().push('id: 1\ndata: {"type":"job-deleted","id":"x"}\n\n');
    s.stream().push('id: 2\nevent: change\ndata: not json\n\n');
    s.stream().push('id: 3\nevent: change\ndata: 42\n\n');
    s.stream().push(changeBlock(4, created('a')));
    await settle();
    expect(s.events).toEqual([created('a')]);
  });

  it('doubles the delay while connecting fails, up to 30 s, and starts over after a success', async () => {
    const s = setup();
    s.failNext(8);
    s.listen();
    const delays: number[] = [];
    for (let attempt = 0; attempt < 8; attempt++) {
      await settle();
      const [delay] = s.clock.pendingDelays();
      delays.push(delay as number);
      s.clock.advance(delay as number);
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    await settle();
    expect(s.requests).toHaveLength(9);
    expect(s.statuses).toEqual(['connecting', 'reconnecting', 'open']);
    s.stream().end();
    await settle();
    expect(s.clock.pendingDelays()).toEqual([1000]);
  });

  it('starts from the server retry delay, and spreads delays with random', async () => {
    const s = setup({ reconnect: { random: () => 0 } });
    s.listen();
    await settle();
    s.stream().push('retry: 5000\n\n');
    s.stream().end();
    await settle();
    // random() = 0: half the nominal 5000.
    expect(s.clock.pendingDelays()).toEqual([2500]);
  });

  it('retries on a non-2xx answer other than 401 and 403', async () => {
    const s = setup();
    s.answerNext(() => new Response('Bad Gateway', { status: 502 }));
    s.listen();
    await settle();
    expect(s.clock.pendingDelays()).toEqual([1000]);
    s.clock.advance(1000);
    await settle();
    expect(s.requests).toHaveLength(2);
    expect(s.statuses).toEqual(['connecting', 'reconnecting', 'open']);
  });

  it.each([401, 403])('stops on %i and reports forbidden; a new subscription tries again', async (status) => {
    const s = setup();
    s.answerNext(() => Response.json({ error: { code: 'FORBIDDEN', message: 'No.' } }, { status }));
    s.listen();
    await settle();
    expect(s.statuses).toEqual(['connecting', 'forbidden']);
    expect(s.clock.pendingDelays()).toEqual([]);
    s.clock.advance(60_000);
    await settle();
    expect(s.requests).toHaveLength(1);
    s.listen();
    await settle();
    expect(s.requests).toHaveLength(2);
    expect(s.statuses.at(-1)).toBe('open');
  });

  it('closes the stream when the last listener unsubscribes, and a new one starts from now', async () => {
    const s = setup();
    const first = s.listen();
    const second = s.listen();
    await settle();
    s.stream().push(changeBlock(3, created('a')));
    await settle();
    const opened = s.stream();
    first();
    first();
    await settle();
    expect(opened.cancelled).toBe(false);
    second();
    await settle();
    expect(opened.cancelled).toBe(true);
    expect(s.statuses.at(-1)).toBe('closed');
    expect(s.clock.pendingDelays()).toEqual([]);
    s.listen();
    await settle();
    expect(s.lastEventIds()).toEqual([null, null]);
  });

  it('drops a pending reconnection when the last listener unsubscribes', async () => {
    const s = setup();
    s.failNext();
    const unsubscribe = s.listen();
    await settle();
    expect(s.clock.pendingDelays()).toEqual([1000]);
    unsubscribe();
    expect(s.clock.pendingDelays()).toEqual([]);
    expect(s.statuses).toEqual(['connecting', 'reconnecting', 'closed']);
  });

  it('close() drops the stream and every listener', async () => {
    const s = setup();
    s.listen();
    await settle();
    const opened = s.stream();
    s.adapter.close();
    await settle();
    expect(opened.cancelled).toBe(true);
    expect(s.statuses.at(-1)).toBe('closed');
    s.clock.advance(60_000);
    await settle();
    expect(s.requests).toHaveLength(1);
  });

  it('keeps delivering to the others, and later events, when a listener throws or mutates its copy', async () => {
    const s = setup();
    s.adapter.subscribe((event) => {
      (event as { id?: string }).id = 'mutated';
      throw new Error('listener bug');
    });
    s.listen();
    await settle();
    s.stream().push(changeBlock(1, created('a')) + changeBlock(2, created('b')));
    await settle();
    expect(s.events).toEqual([created('a'), created('b')]);
    expect(s.statuses.at(-1)).toBe('open');
  });

  it('stops delivering to a listener unsubscribed by another during the same event', async () => {
    const s = setup();
    const late: ChangeEvent[] = [];
    let unsubscribeLate = () => {};
    s.adapter.subscribe(() => unsubscribeLate());
    unsubscribeLate = s.adapter.subscribe((event) => late.push(event));
    s.listen();
    await settle();
    s.stream().push(changeBlock(1, created('a')));
    await settle();
    expect(late).toEqual([]);
    expect(s.events).toEqual([created('a')]);
  });

  it('survives an onStatus that throws', async () => {
    const s = setup({
      onStatus: () => {
        throw new Error('UI bug');
      },
    });
    s.listen();
    await settle();
    s.stream().push(changeBlock(1, created('a')));
    await settle();
    expect(s.events).toEqual([created('a')]);
  });

  it('gives up waiting for the headers after the request timeout, then retries', async () => {
    const s = setup({ timeoutMs: 10_000 });
    s.answerNext(() => new Promise<Response>(() => {}) as never);
    s.listen();
    await settle();
    expect(s.clock.pendingDelays()).toEqual([10_000]);
    s.clock.advance(10_000);
    await settle();
    expect(s.statuses).toEqual(['connecting', 'reconnecting']);
    expect(s.clock.pendingDelays()).toEqual([1000]);
  });
});
