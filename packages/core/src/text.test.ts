import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countGraphemesInChunks,
  findUnpairedSurrogate,
  foldForSearch,
  graphemeLength,
  graphemeLengthUpTo,
  truncateGraphemes,
} from './text';

describe('text helpers', () => {
  it('counts graphemes as a person sees them', () => {
    expect(graphemeLength('')).toBe(0);
    expect(graphemeLength('hello')).toBe(5);
    expect(graphemeLength('Ça va 👍🏽')).toBe(7);
    expect(graphemeLength('👨‍👩‍👧e\u0301')).toBe(2);
  });

  it('truncates without cutting a grapheme in half', () => {
    expect(truncateGraphemes('👨‍👩‍👧👍🏽abc', 2)).toBe('👨‍👩‍👧👍🏽');
    expect(truncateGraphemes('abc', 5)).toBe('abc');
  });

  it('folds case and accents for search', () => {
    expect(foldForSearch('Équipe Électricité')).toBe('equipe electricite');
  });
});

describe('graphemeLength on long text', () => {
  const pieces = [
    'a',
    ' ',
    '\n',
    'é',
    'e\u0301',
    '👍🏽',
    '👨‍👩‍👧',
    '🇫🇷',
    '🇨🇦',
    '한',
    '\u1100\u1161',
    'क्ष',
    'न्',
    '❤️',
    '\u200d',
    '\u0301',
    '🏽',
    '\u{1f1eb}',
    '\u{1f1f7}',
    '\u1161',
    '\u11a8',
    '\ua960',
    '\u0600',
    '\u0915',
    '\u094d',
    '\u0e33',
    '\r',
    '\r\n',
    '\u{1f9d1}',
    '\ud83c',
    '\udffd',
  ];

  it('matches Intl.Segmenter exactly when it counts in pieces', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 200 }),
        fc.integer({ min: 1, max: 16 }),
        (parts, chunk) => {
          const text = parts.join('');
          expect(countGraphemesInChunks(text, chunk)).toBe([...segmenter.segment(text)].length);
          expect(graphemeLength(text)).toBe([...segmenter.segment(text)].length);
        },
      ),
      { numRuns: Number(process.env.GRAPHEME_RUNS ?? 500) },
    );
  });

  it('counts long runs that have no other boundary than the rules (Hangul, flags, accents) like Intl.Segmenter', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const text of [
      '한'.repeat(5000),
      '🇫🇷'.repeat(3000),
      `x${'🇫🇷'.repeat(1500)}\u{1f1e8}${'🇫🇷'.repeat(1500)}`,
      'e\u0301'.repeat(5000),
      `e${'\u0301'.repeat(5000)}a`,
      'क्ष'.repeat(3000),
    ]) {
      expect(countGraphemesInChunks(text, 64)).toBe([...segmenter.segment(text)].length);
    }
  });

  it('stops counting soon after the limit: the answer is exact up to it, and above it past it', () => {
    const huge = '한'.repeat(500_000);
    const counted = graphemeLengthUpTo(huge, 100);
    expect(counted).toBeGreaterThan(100);
    // At most one more piece than needed was read, not half a million characters.
    expect(counted).toBeLessThanOrEqual(100 + 2 * 1024);
    expect(graphemeLengthUpTo('한'.repeat(100), 100)).toBe(100);
    expect(graphemeLengthUpTo('🇫🇷'.repeat(99), 100)).toBe(99);
  });

  it('counts an unpaired half of a surrogate pair as a character, and finds it', () => {
    const lone = `A${'\udc00'.repeat(5000)}`;
    expect(graphemeLength(lone)).toBe(5001);
    expect(findUnpairedSurrogate(lone)).toBe(1);
    expect(findUnpairedSurrogate('ok 👍🏽 \ud83d')).toBe(8);
    expect(findUnpairedSurrogate('👍🏽 fine')).toBe(-1);
  });

  it('counts 20,000 emoji with skin tones as 20,000', () => {
    expect(graphemeLength('👍🏽'.repeat(20000))).toBe(20000);
  });
});
