import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countGraphemesInChunks, foldForSearch, graphemeLength, truncateGraphemes } from './text';

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

  it('counts 20,000 emoji with skin tones as 20,000', () => {
    expect(graphemeLength('👍🏽'.repeat(20000))).toBe(20000);
  });
});
