import { describe, expect, test } from 'vitest';
import { defaultChoices, fieldChanges, mergeChoices, whoChanged } from './conflictChoices';

const FIELDS = ['title', 'content'] as const;

describe('conflict choices', () => {
  const base = { title: 'Prices', content: 'Old rates.' };
  const theirs = { title: 'Prices 2026', content: 'Their rates.' };

  test('who changed each field, and the defaults that keep every change', () => {
    const yours = { title: 'Prices', content: 'My rates.' };
    const changes = fieldChanges(FIELDS, base, theirs, yours);
    expect(changes).toEqual({ title: 'them', content: 'both' });
    expect(defaultChoices(FIELDS, changes)).toEqual({ title: 'theirs', content: 'yours' });
    expect(mergeChoices(FIELDS, theirs, yours, { title: 'theirs', content: 'yours' })).toEqual({
      title: 'Prices 2026',
      content: 'My rates.',
    });
  });

  test('spaces and line endings typed around a value are not a change', () => {
    expect(fieldChanges(FIELDS, base, base, { title: '  Prices\r\n', content: 'Old rates.' })).toEqual({
      title: 'same',
      content: 'same',
    });
  });

  test('without the version the edit started from, any difference is a change by both', () => {
    expect(whoChanged('Mine', 'Theirs', undefined)).toBe('both');
    expect(whoChanged('Same', 'Same', undefined)).toBe('same');
  });
});
