import { describe, expect, it } from 'vitest';
import { createSseParser, type SseEvent } from './sse';

/** Feeds `chunks` in order and returns what was dispatched, the retries and the last id. */
function parse(chunks: Array<string | Uint8Array>, { end = true } = {}) {
  const events: SseEvent[] = [];
  const retries: number[] = [];
  const parser = createSseParser({
    onEvent: (event) => events.push(event),
    onRetry: (milliseconds) => retries.push(milliseconds),
  });
  for (const chunk of chunks) parser.feed(chunk);
  if (end) parser.end();
  return { events, retries, lastEventId: parser.lastEventId };
}

const bytes = (text: string) => new TextEncoder().encode(text);

/** Every way to cut `text` in two, as bytes. */
function everySplit(text: string): Array<[Uint8Array, Uint8Array]> {
  const all = bytes(text);
  return Array.from({ length: all.length + 1 }, (_, at) => [all.slice(0, at), all.slice(at)]);
}

describe('createSseParser', () => {
  it('dispatches an event on a blank line, with its type, data and id', () => {
    const { events, lastEventId } = parse([
      'id: 7\nevent: change\ndata: {"type":"job-deleted","id":"a"}\n\n',
    ]);
    expect(events).toEqual([{ type: 'change', data: '{"type":"job-deleted","id":"a"}', id: '7' }]);
    expect(lastEventId).toBe('7');
  });

  it('defaults the type to message and joins data lines with a line feed', () => {
    const { events } = parse(['data: one\ndata: two\ndata\ndata:  three\n\n']);
    expect(events).toEqual([{ type: 'message', data: 'one\ntwo\n\n three', id: '' }]);
  });

  it('strips only one space after the colon, and takes a line without colon as a field with no value', () => {
    const { events } = parse(['data:no space\n\ndata:   three spaces\n\ndata\n\n']);
    expect(events.map((event) => event.data)).toEqual(['no space', '  three spaces', '']);
  });

  it('ignores comments, unknown fields and blocks without data (which still reset the type)', () => {
    const { events } = parse([': heartbeat\n\nevent: reload\n\nfoo: bar\ndata: x\n\n:\n\n']);
    expect(events).toEqual([{ type: 'message', data: 'x', id: '' }]);
  });

  it('reports only all-digit retry values', () => {
    const { retries, events } = parse([
      'retry: 3000\n\nretry: 12a\nretry: -5\nretry:\nretry: 1.5\nretry: 0\n\n',
    ]);
    expect(retries).toEqual([3000, 0]);
    expect(events).toEqual([]);
  });

  it('carries the last id to later events, resets it on an empty id, and ignores an id with NUL', () => {
    const { events } = parse([
      'id: 1\ndata: a\n\ndata: b\n\nid\ndata: c\n\nid: 4\n\nid: 5\u0000\ndata: d\n\n',
    ]);
    expect(events.map((event) => event.id)).toEqual(['1', '1', '', '4']);
  });

  it('accepts LF, CRLF and CR line ends, mixed', () => {
    const { events } = parse(['id: 1\r\ndata: a\r\n\r\nid: 2\rdata: b\r\rid: 3\ndata: c\n\n']);
    expect(events).toEqual([
      { type: 'message', data: 'a', id: '1' },
      { type: 'message', data: 'b', id: '2' },
      { type: 'message', data: 'c', id: '3' },
    ]);
  });

  it('handles a CRLF split between two chunks as one line end', () => {
    const { events } = parse(['data: a\r', '\ndata: b\r', '\n\r', '\n']);
    expect(events).toEqual([{ type: 'message', data: 'a\nb', id: '' }]);
  });

  it('does not wait for the next chunk to end a line on CR', () => {
    const events: SseEvent[] = [];
    const parser = createSseParser({ onEvent: (event) => events.push(event) });
    parser.feed('data: a\r\r');
    expect(events).toEqual([{ type: 'message', data: 'a', id: '' }]);
    // The next chunk's LF is then only the second half of nothing: an empty line, dispatching nothing.
    parser.feed('\ndata: b\n\n');
    expect(events.map((event) => event.data)).toEqual(['a', 'b']);
  });

  it('parses the same events however the bytes are cut, even inside a character or a CRLF', () => {
    const text = 'id: 9\r\nevent: change\r\ndata: {"name":"Café ☕ 𝄞"}\r\n\r\n';
    const whole = parse([text]).events;
    expect(whole).toEqual([{ type: 'change', data: '{"name":"Café ☕ 𝄞"}', id: '9' }]);
    for (const [first, second] of everySplit(text)) {
      expect(parse([first, second]).events).toEqual(whole);
    }
  });

  it('parses the same events when every byte comes alone', () => {
    const text = ': hi\nretry: 10\nid: 1\nevent: change\ndata: é\ndata: 𝄞\r\n\r\nid: 2\rdata: ok\r\r';
    const single = [...bytes(text)].map((byte) => Uint8Array.of(byte));
    const { events, retries } = parse(single);
    expect(events).toEqual([
      { type: 'change', data: 'é\n𝄞', id: '1' },
      { type: 'message', data: 'ok', id: '2' },
    ]);
    expect(retries).toEqual([10]);
  });

  it('holds an event split across chunks until its blank line arrives', () => {
    const events: SseEvent[] = [];
    const parser = createSseParser({ onEvent: (event) => events.push(event) });
    parser.feed('event: chan');
    parser.feed('ge\ndata: {"a"');
    expect(events).toEqual([]);
    parser.feed(':1}\n');
    expect(events).toEqual([]);
    parser.feed('\n');
    expect(events).toEqual([{ type: 'change', data: '{"a":1}', id: '' }]);
  });

  it('drops an unfinished event at the end of the stream, and does not resume from its id', () => {
    const { events, lastEventId } = parse(['id: 1\ndata: a\n\nid: 2\ndata: b\n']);
    expect(events).toEqual([{ type: 'message', data: 'a', id: '1' }]);
    expect(lastEventId).toBe('1');
  });

  it('ignores a leading byte order mark and replaces invalid bytes', () => {
    const { events } = parse([
      Uint8Array.of(0xef, 0xbb, 0xbf),
      bytes('data: a'),
      Uint8Array.of(0xff),
      bytes('\n\n'),
    ]);
    expect(events).toEqual([{ type: 'message', data: 'a\uFFFD', id: '' }]);
  });

  it('completes a character cut at the very end only if its bytes arrive', () => {
    const text = bytes('data: é\n\n');
    // `é` is two bytes: cut after the first one, then the rest.
    const at = text.indexOf(0xc3) + 1;
    expect(parse([text.slice(0, at), text.slice(at)]).events).toEqual([
      { type: 'message', data: 'é', id: '' },
    ]);
  });
});
