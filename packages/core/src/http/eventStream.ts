import type { ChangeEvent, ChangeListener } from '../adapter/types';
import { backoffDelay } from './backoff';
import type { LiveStatus } from './options';
import { CHANGE_EVENT, RELOAD_EVENT } from './protocol';
import { abortable, authorization, type RequestContext } from './request';
import { createSseParser, type SseEvent } from './sse';
import { routeUrl } from './url';

/** What the shared live-updates connection needs. */
export interface EventStreamOptions {
  context: RequestContext;
  initialDelayMs: number;
  maxDelayMs: number;
  random: () => number;
  onStatus?: (status: LiveStatus) => void;
}

/** One connection to `GET /v1/events` shared by every listener. */
export interface EventStream {
  subscribe(listener: ChangeListener): () => void;
  /** Drops the connection and every subscription. */
  close(): void;
}

// A server asking for `retry: 0` must not make a failing connection spin.
const MIN_DELAY_MS = 100;

function sequenceOf(id: string): number | undefined {
  return /^\d{1,15}$/.test(id) ? Number(id) : undefined;
}

function isChangeEvent(value: unknown): value is ChangeEvent {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

/**
 * The live-updates connection: opened by the first subscription and closed with the last, read with `fetch` (an
 * `EventSource` cannot send the `Authorization` header), resumed after a drop with `Last-Event-ID` after a growing
 * delay, and stopped for good (until the next subscription) when the server answers 401 or 403.
 */
export function createEventStream(options: EventStreamOptions): EventStream {
  const { context } = options;
  const { timers } = context;
  // Wrapped so that one function subscribed twice is two subscriptions, each removed by its own unsubscribe.
  const subscriptions = new Set<{ listener: ChangeListener }>();
  let running = false;
  // The attempt in progress; callbacks of an older attempt see it is no longer current and do nothing.
  let current: AbortController | null = null;
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  let retryTimer: unknown;
  let retryPending = false;
  let attempt = 0;
  let serverRetryMs: number | undefined;
  let lastEventId = '';
  let lastDelivered: number | undefined;
  let status: LiveStatus = 'closed';

  function setStatus(next: LiveStatus): void {
    if (next === status) return;
    status = next;
    try {
      options.onStatus?.(next);
    } catch {
      // A failing status display must not break the connection.
    }
  }

  function deliver(make: () => ChangeEvent): void {
    for (const subscription of [...subscriptions]) {
      // Unsubscribed by an earlier listener of this same event.
      if (!subscriptions.has(subscription)) continue;
      try {
        // Each listener gets its own copy, so one that mutates it cannot change what the next one sees.
        subscription.listener(make());
      } catch {
        // A failing listener must not break the stream or the other listeners.
      }
    }
  }

  function handle(event: SseEvent): void {
    lastEventId = event.id;
    const sequence = sequenceOf(event.id);
    if (event.type === RELOAD_EVENT) {
      // The server restarted its log or dropped what we missed: count from its id again, even if lower.
      lastDelivered = sequence;
      deliver(() => ({ type: 'workspace-imported' }));
      return;
    }
    if (event.type !== CHANGE_EVENT) return;
    // Replayed after a reconnection: already delivered.
    if (sequence !== undefined && lastDelivered !== undefined && sequence <= lastDelivered) return;
    if (sequence !== undefined) lastDelivered = sequence;
    let parsed: unknown;
    try {
      parsed = JSON.parse(event.data);
    } catch {
      return;
    }
    if (!isChangeEvent(parsed)) return;
    deliver(() => JSON.parse(event.data) as ChangeEvent);
  }

  function cancelReader(): void {
    // Aborting the request should end the body, but a `fetch` stand-in may ignore the signal.
    reader?.cancel().catch(() => undefined);
    reader = null;
  }

  function retryLater(): void {
    current = null;
    cancelReader();
    const initialMs = Math.max(MIN_DELAY_MS, serverRetryMs ?? options.initialDelayMs);
    const delay = backoffDelay(attempt, {
      initialMs,
      maxMs: Math.max(initialMs, options.maxDelayMs),
      random: options.random,
    });
    attempt++;
    setStatus('reconnecting');
    retryPending = true;
    retryTimer = timers.setTimeout(() => {
      retryPending = false;
      void connect();
    }, delay);
  }

  async function connect(): Promise<void> {
    const controller = new AbortController();
    current = controller;
    const isCurrent = () => current === controller;
    // Only until the headers arrive: the stream itself stays open as long as the server keeps it.
    const connectTimer = timers.setTimeout(() => controller.abort(), context.timeoutMs);
    let response: Response;
    try {
      const headers = new Headers({ Accept: 'text/event-stream' });
      const auth = await authorization(context.getToken);
      if (auth) headers.set('Authorization', auth);
      if (lastEventId) headers.set('Last-Event-ID', lastEventId);
      const request = new Request(routeUrl(context.baseUrl, 'events'), {
        method: 'GET',
        headers,
        signal: controller.signal,
      });
      response = await abortable(Promise.resolve(context.fetch(request)), controller.signal);
    } catch {
      if (isCurrent()) retryLater();
      return;
    } finally {
      timers.clearTimeout(connectTimer);
    }
    if (!isCurrent()) {
      response.body?.cancel().catch(() => undefined);
      return;
    }
    if (response.status === 401 || response.status === 403) {
      response.body?.cancel().catch(() => undefined);
      // Retrying with the same token cannot succeed; the next subscription tries again.
      current = null;
      running = false;
      setStatus('forbidden');
      return;
    }
    if (!response.ok || !response.body) {
      response.body?.cancel().catch(() => undefined);
      retryLater();
      return;
    }

    attempt = 0;
    setStatus('open');
    const parser = createSseParser({
      onEvent: (event) => {
        if (isCurrent()) handle(event);
      },
      onRetry: (milliseconds) => {
        serverRetryMs = milliseconds;
      },
    });
    const streamReader = response.body.getReader();
    reader = streamReader;
    try {
      for (;;) {
        const { done, value } = await streamReader.read();
        if (!isCurrent()) return;
        if (done) {
          parser.end();
          break;
        }
        parser.feed(value);
      }
    } catch {
      // The connection dropped (or was aborted: then it is no longer current).
    }
    if (isCurrent()) retryLater();
  }

  function start(): void {
    running = true;
    attempt = 0;
    setStatus('connecting');
    void connect();
  }

  function stop(): void {
    running = false;
    if (retryPending) timers.clearTimeout(retryTimer);
    retryPending = false;
    current?.abort();
    current = null;
    cancelReader();
    // A later subscription starts from now: it must not be replayed what happened while nobody listened.
    lastEventId = '';
    lastDelivered = undefined;
    setStatus('closed');
  }

  return {
    subscribe(listener) {
      const subscription = { listener };
      subscriptions.add(subscription);
      if (!running) start();
      return () => {
        if (subscriptions.delete(subscription) && subscriptions.size === 0) stop();
      };
    },
    close() {
      subscriptions.clear();
      stop();
    },
  };
}
