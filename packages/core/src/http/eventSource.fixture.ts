/** A response body a test writes to by hand: text chunks, then an end or a network failure. */
export interface ScriptedStream {
  response: Response;
  push(text: string): void;
  end(): void;
  fail(): void;
  /** True once the client cancelled the body (it unsubscribed or closed). */
  readonly cancelled: boolean;
}

/** Makes an SSE response (200 unless told) whose body the test scripts. */
export function scriptedEventStream(status = 200): ScriptedStream {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let cancelled = false;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
    },
    cancel() {
      cancelled = true;
    },
  });
  return {
    response: new Response(body, { status, headers: { 'Content-Type': 'text/event-stream' } }),
    push: (text) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
    fail: () => controller.error(new TypeError('network error')),
    get cancelled() {
      return cancelled;
    },
  };
}

/** One SSE `change` block. */
export function changeBlock(id: number, event: object): string {
  return `id: ${id}\nevent: change\ndata: ${JSON.stringify(event)}\n\n`;
}
