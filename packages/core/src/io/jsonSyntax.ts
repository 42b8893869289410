import type { PathProblem } from '../errors';

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const SIMPLE_ESCAPES = '"\\/bfnrt';

function isWhitespace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

/** The index just past a string starting at `start` (a `"`), or the negative of 1 + the index of its error. */
function scanString(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    const char = text.charAt(index);
    if (char === '"') return index + 1;
    if (char.charCodeAt(0) < 0x20) return -(index + 1);
    if (char === '\\') {
      const escaped = text.charAt(index + 1);
      if (escaped === 'u') {
        if (!HEX4.test(text.slice(index + 2, index + 6))) return -(index + 2);
        index += 6;
      } else if (escaped !== '' && SIMPLE_ESCAPES.includes(escaped)) {
        index += 2;
      } else {
        return -(index + 2);
      }
    } else {
      index++;
    }
  }
  return -(text.length + 1);
}

/**
 * The offset of the first JSON syntax error in `text`, or -1 when there is none. `JSON.parse` does not always say
 * where it stopped, so this re-reads the text without building values (and without recursion, so deep nesting is safe).
 */
export function findJsonSyntaxError(text: string): number {
  const open: string[] = [];
  let expect: Expect = 'value';
  let index = 0;
  const afterValue = (): Expect => (open.length === 0 ? 'end' : 'comma-or-close');
  while (true) {
    while (index < text.length && isWhitespace(text.charAt(index))) index++;
    if (index >= text.length) return expect === 'end' ? -1 : index;
    const char = text.charAt(index);
    const top = open[open.length - 1];
    if (expect === 'end') return index;
    if (expect === 'colon') {
      if (char !== ':') return index;
      expect = 'value';
      index++;
    } else if (expect === 'comma-or-close') {
      if (char === ',') expect = top === '{' ? 'key' : 'value';
      else if ((char === '}' && top === '{') || (char === ']' && top === '[')) {
        open.pop();
        expect = afterValue();
      } else return index;
      index++;
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (char === '}' && expect === 'key-or-close') {
        open.pop();
        expect = afterValue();
        index++;
      } else if (char === '"') {
        const end = scanString(text, index);
        if (end < 0) return -end - 1;
        expect = 'colon';
        index = end;
      } else return index;
    } else if (char === ']' && expect === 'value-or-close') {
      open.pop();
      expect = afterValue();
      index++;
    } else if (char === '{' || char === '[') {
      open.push(char);
      expect = char === '{' ? 'key-or-close' : 'value-or-close';
      index++;
    } else if (char === '"') {
      const end = scanString(text, index);
      if (end < 0) return -end - 1;
      expect = afterValue();
      index = end;
    } else {
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, index));
      let length = literal?.length ?? 0;
      if (!literal) {
        NUMBER.lastIndex = index;
        length = NUMBER.exec(text)?.[0].length ?? 0;
      }
      if (length === 0) return index;
      expect = afterValue();
      index += length;
    }
  }
}

/** 1-based line and column of an offset; columns count UTF-16 units, as editors mostly do. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < offset;
    index = text.indexOf('\n', index + 1)
  ) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function describeChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20 || code === 0x7f)
    return `invisible control character (U+${code.toString(16).padStart(4, '0')})`;
  return `“${char}”`;
}

/** Parses JSON text, or says where and why it is not JSON, as a problem at path `$`. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: PathProblem } {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (source.trim() === '') {
    return {
      ok: false,
      problem: { path: '$', message: 'The file is empty: choose a file exported from Sona Designer.' },
    };
  }
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    const offset = findJsonSyntaxError(source);
    if (offset < 0) {
      return {
        ok: false,
        problem: { path: '$', message: 'The file is not valid JSON: export it again from Sona Designer.' },
      };
    }
    const { line, column } = lineAndColumn(source, offset);
    const where = `line ${line}, column ${column}`;
    const message =
      offset >= source.length
        ? `The file is not valid JSON: it ends too early at ${where}, as if it was cut off. Export it again from Sona Designer.`
        : `The file is not valid JSON: unexpected ${describeChar(source.charAt(offset))} at ${where}. Check for a missing comma, quote or bracket there, or export the file again.`;
    return { ok: false, problem: { path: '$', message } };
  }
}
