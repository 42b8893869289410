export interface Insertion {
  text: string;
  /** Where the caret goes: just after the inserted token. */
  caret: number;
  /** 1-based line of the token. */
  line: number;
}

/**
 * Puts `token` in place of the selection, on a line of its own: a line break is added before it unless it starts a
 * line, and after it unless it ends one.
 */
export function insertOnOwnLine(text: string, start: number, end: number, token: string): Insertion {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = before === '' || before.endsWith('\n') ? '' : '\n';
  const trail = after === '' || after.startsWith('\n') ? '' : '\n';
  const head = `${before}${lead}${token}`;
  return {
    text: `${head}${trail}${after}`,
    caret: head.length,
    line: head.split('\n').length,
  };
}

/** Offsets of a 1-based line, to select it. */
export function lineRange(text: string, line: number): { start: number; end: number } {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return { start: text.length, end: text.length };
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return { start, end: end < 0 ? text.length : end };
}
