/** One dispatched Server-Sent Event. */
export interface SseEvent {
  type: string;
  data: string;
  /** The last id set on the stream so far. */
  id: string;
}

/**
 * A small Server-Sent Events parser for the tests (the server writes `\n` line ends): blocks end with a blank line,
 * comments are skipped, `id` carries over, an event without `data` is not dispatched.
 */
function createParser(handlers: { onEvent(event: SseEvent): void; onRetry(milliseconds: number): void }) {
  let buffer = '';
  let lastId = '';
  return {
    feed(text: string) {
      buffer += text;
      let end = buffer.indexOf('\n\n');
      while (end !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
        let type = 'message';
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          const field = colon === -1 ? line : line.slice(0, colon);
          const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'event') type = value;
          else if (field === 'data') data.push(value);
          else if (field === 'id') lastId = value;
          else if (field === 'retry') handlers.onRetry(Number(value));
        }
        if (data.length > 0) handlers.onEvent({ type, data: data.join('\n'), id: lastId });
      }
    },
  };
}

/** An open event stream read in the background, for tests. */
export interface EventReader {
  readonly events: SseEvent[];
  /** Everything received, as text (comments included). */
  readonly text: string;
  readonly retry: number | undefined;
  readonly ended: boolean;
  /** Resolves once `count` events arrived (rejects after `timeoutMs`). */
  waitForEvents(count: number, timeoutMs?: number): Promise<SseEvent[]>;
  /** Resolves once the received text matches. */
  waitForText(pattern: RegExp, timeoutMs?: number): Promise<void>;
  waitForEnd(timeoutMs?: number): Promise<void>;
  cancel(): Promise<void>;
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Reads `response`'s body as Server-Sent Events. */
export function readEvents(response: Response): EventReader {
  if (!response.body) throw new Error('The response has no body.');
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let text = '';
  let retry: number | undefined;
  let ended = false;
  const parser = createParser({
    onEvent: (event) => events.push(event),
    onRetry: (milliseconds) => {
      retry = milliseconds;
    },
  });
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const chunk = decoder.decode(value, { stream: true });
        text += chunk;
        parser.feed(chunk);
      }
    } catch {
      // Cancelled.
    }
    ended = true;
  })();
  return {
    events,
    get text() {
      return text;
    },
    get retry() {
      return retry;
    },
    get ended() {
      return ended;
    },
    async waitForEvents(count, timeoutMs = 2000) {
      await until(() => events.length >= count, timeoutMs, `${count} events (got ${events.length})`);
      return events;
    },
    waitForText: (pattern, timeoutMs = 2000) => until(() => pattern.test(text), timeoutMs, String(pattern)),
    waitForEnd: (timeoutMs = 2000) => until(() => ended, timeoutMs, 'the end of the stream'),
    cancel: () => reader.cancel().catch(() => undefined),
  };
}
