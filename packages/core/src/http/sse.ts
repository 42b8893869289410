/**
 * A Server-Sent Events parser that follows the HTML standard's "event stream interpretation"
 * (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation), fed with the
 * chunks of a `ReadableStream` however the network happens to split them.
 */

/** One dispatched event. */
export interface SseEvent {
  /** The `event:` field, `message` when the block had none. */
  type: string;
  /** The `data:` lines joined with `\n`. */
  data: string;
  /** The last `id:` seen so far on this stream (it carries over to later events), `''` when none. */
  id: string;
}

/** What the parser calls back with. */
export interface SseHandlers {
  onEvent(event: SseEvent): void;
  /** A `retry:` field: the reconnection delay the server asks for, in milliseconds. */
  onRetry?(milliseconds: number): void;
}

/** A parser for one connection: feed it the stream's chunks in order, then `end()` it. */
export interface SseParser {
  /** Bytes (decoded as UTF-8, even when a character is split across chunks) or already decoded text. */
  feed(chunk: Uint8Array | string): void;
  /** The stream ended: an event without its closing blank line is dropped, as the standard says. */
  end(): void;
  /** The id of the last complete block, `''` when none; what a reconnection sends as `Last-Event-ID`. */
  readonly lastEventId: string;
}

/** Only ASCII digits, as the standard requires of `retry:`. */
const DIGITS = /^[0-9]+$/;

/** Makes a parser for one event stream. */
export function createSseParser(handlers: SseHandlers): SseParser {
  // `fatal: false` replaces invalid bytes with U+FFFD; the default BOM handling drops a leading BOM.
  const decoder = new TextDecoder('utf-8');
  let partialLine = '';
  // A chunk ended right after `\r`: a `\n` opening the next chunk belongs to the same line break.
  let skipLineFeed = false;
  let data = '';
  let hasData = false;
  let type = '';
  // The `id:` buffer, and the id of the last completed block: an id in a block cut off by a disconnection must not
  // be resumed from, since its event was never received.
  let idBuffer = '';
  let lastEventId = '';

  function dispatch(): void {
    lastEventId = idBuffer;
    if (!hasData) {
      type = '';
      return;
    }
    const event: SseEvent = { type: type || 'message', data, id: lastEventId };
    data = '';
    hasData = false;
    type = '';
    handlers.onEvent(event);
  }

  function processLine(line: string): void {
    if (line === '') {
      dispatch();
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        type = value;
        break;
      case 'data':
        data = hasData ? `${data}\n${value}` : value;
        hasData = true;
        break;
      case 'id':
        if (!value.includes('\0')) idBuffer = value;
        break;
      case 'retry':
        if (DIGITS.test(value)) handlers.onRetry?.(Number(value));
        break;
      default:
        // Unknown fields are ignored.
        break;
    }
  }

  function feedText(input: string): void {
    let text = input;
    if (text === '') return;
    if (skipLineFeed) {
      skipLineFeed = false;
      if (text.startsWith('\n')) text = text.slice(1);
    }
    let start = 0;
    // A fresh regex per call: a stateful global one would be clobbered if a handler fed another parser.
    const lineBreak = /\r\n|\r|\n/g;
    for (let match = lineBreak.exec(text); match !== null; match = lineBreak.exec(text)) {
      const line = partialLine + text.slice(start, match.index);
      partialLine = '';
      start = match.index + match[0].length;
      if (match[0] === '\r' && start === text.length) skipLineFeed = true;
      processLine(line);
    }
    partialLine += text.slice(start);
  }

  return {
    feed(chunk) {
      feedText(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    },
    end() {
      feedText(decoder.decode());
      // Whatever was not closed by a blank line is incomplete: the standard discards it.
      partialLine = '';
      data = '';
      hasData = false;
      type = '';
    },
    get lastEventId() {
      return lastEventId;
    },
  };
}
