import { describe, expect, test } from 'vitest';
import { insertOnOwnLine, lineRange } from './insertLine';

describe('insertOnOwnLine', () => {
  test('breaks the line around a token inserted mid-line', () => {
    const result = insertOnOwnLine('1. Greet\n2. Ask', 5, 5, '[sms: hi]');
    expect(result.text).toBe('1. Gr\n[sms: hi]\neet\n2. Ask');
    expect(result.line).toBe(2);
    expect(result.text.slice(0, result.caret)).toBe('1. Gr\n[sms: hi]');
  });

  test('adds no empty lines at the start, the end or between existing breaks', () => {
    expect(insertOnOwnLine('', 0, 0, 'T').text).toBe('T');
    expect(insertOnOwnLine('a', 1, 1, 'T').text).toBe('a\nT');
    expect(insertOnOwnLine('a\n\nb', 2, 2, 'T').text).toBe('a\nT\nb');
  });

  test('replaces the selection', () => {
    expect(insertOnOwnLine('a\nold\nb', 2, 5, 'T').text).toBe('a\nT\nb');
  });
});

describe('lineRange', () => {
  test('finds a line by number', () => {
    const text = 'one\ntwo\nthree';
    const { start, end } = lineRange(text, 2);
    expect(text.slice(start, end)).toBe('two');
    expect(text.slice(...Object.values(lineRange(text, 3)))).toBe('three');
  });
});
