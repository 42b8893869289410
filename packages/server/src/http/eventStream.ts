import type { ChangeEvent } from '@sona-designer/core';
import { CHANGE_EVENT, RELOAD_EVENT } from '@sona-designer/core/http';
import type { Store } from '../store/types';

/** How many events one read of the log fetches while catching up. */
const BATCH_SIZE = 200;

/** The reconnection delay (ms) the stream asks `EventSource` to wait, sent first. */
export const RETRY_MS = 1000;

/** What `openEventStream` needs. */
export interface EventStreamOptions {
  store: Store;
  workspaceId: string;
  /** Send the events after this sequence number (the client's `Last-Event-ID`, or the latest one for new events only). */
  after: number;
  heartbeatMs: number;
  onError: (error: unknown) => void;
  /** Open streams of the server: the stream adds its `close` here while open, so the server can end it. */
  open: Set<() => void>;
}

/** A `change` event: `id` is its sequence number, `data` the `ChangeEvent` as JSON (one line). */
export function changeFrame(seq: number, event: ChangeEvent): string {
  return `id: ${seq}\nevent: ${CHANGE_EVENT}\ndata: ${JSON.stringify(event)}\n\n`;
}

/**
 * A `reload` event: the log no longer holds what the client missed; `id` moves it to the latest sequence number. It
 * carries data (`{"lastSeq":n}`) because an SSE client dispatches no event without any.
 */
export function reloadFrame(lastSeq: number): string {
  return `id: ${lastSeq}\nevent: ${RELOAD_EVENT}\ndata: ${JSON.stringify({ lastSeq })}\n\n`;
}

/**
 * The Server-Sent Events stream of one connection: `retry:` first, then every event after `after` read from the
 * store's log, then each new one as `store.onCommitted` reports it, and a comment every `heartbeatMs`. It always
 * reads the log after the last sequence number it sent, one read at a time, so events go out in order and once even
 * when notifications arrive twice, late or out of order. A failed read is reported to `onError` and ends the stream
 * (the client reconnects with its `Last-Event-ID`).
 */
export function openEventStream(options: EventStreamOptions): ReadableStream<Uint8Array> {
  const { store, workspaceId, open } = options;
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let lastSent = options.after;
  let closed = false;
  let reading = false;
  let readAgain = false;
  let unsubscribe: () => void = () => {};
  let heartbeat: ReturnType<typeof setInterval> | undefined;

  function send(text: string): void {
    if (!closed) controller?.enqueue(encoder.encode(text));
  }

  function close(): void {
    if (closed) return;
    closed = true;
    unsubscribe();
    if (heartbeat !== undefined) clearInterval(heartbeat);
    open.delete(close);
    try {
      controller?.close();
    } catch {
      // Already cancelled by the client.
    }
  }

  async function catchUp(): Promise<void> {
    for (;;) {
      if (closed) return;
      const batch = await store.readEvents(workspaceId, lastSent, BATCH_SIZE);
      if (closed) return;
      if (batch.tooFarBehind || lastSent > batch.lastSeq) {
        // Pruned (or a log that restarted below the client's id): start again from the latest event.
        send(reloadFrame(batch.lastSeq));
        lastSent = batch.lastSeq;
        return;
      }
      for (const { seq, event } of batch.events) {
        if (seq <= lastSent) continue;
        send(changeFrame(seq, event));
        lastSent = seq;
      }
      if (batch.events.length < BATCH_SIZE || lastSent >= batch.lastSeq) return;
    }
  }

  /** One reader at a time; a notification during a read makes it read once more when it finishes. */
  async function pump(): Promise<void> {
    if (reading) {
      readAgain = true;
      return;
    }
    reading = true;
    try {
      do {
        readAgain = false;
        await catchUp();
      } while (readAgain && !closed);
    } catch (error) {
      options.onError(error);
      close();
    } finally {
      reading = false;
    }
  }

  return new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      open.add(close);
      send(`retry: ${RETRY_MS}\n\n`);
      unsubscribe = store.onCommitted((committedWorkspace, seq) => {
        if (committedWorkspace === workspaceId && seq > lastSent) void pump();
      });
      heartbeat = setInterval(() => send(': heartbeat\n\n'), options.heartbeatMs);
      void pump();
    },
    cancel() {
      close();
    },
  });
}
