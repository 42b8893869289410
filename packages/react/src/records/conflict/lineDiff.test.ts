import { describe, expect, test } from 'vitest';
import { diffLines } from './lineDiff';

const changed = (lines: { changed: boolean }[]) =>
  lines.flatMap((line, index) => (line.changed ? [index] : []));

describe('diffLines', () => {
  test('marks only the lines each side lacks', () => {
    const result = diffLines(
      '1. Greet\n2. Ask name\n3. Thank',
      '1. Greet\n2. Ask full name\n3. Thank\n4. Bye',
    );
    expect(changed(result.theirs)).toEqual([1]);
    expect(changed(result.yours)).toEqual([1, 3]);
  });

  test('marks nothing when both are the same', () => {
    const result = diffLines('a\nb', 'a\nb');
    expect(changed(result.theirs)).toEqual([]);
    expect(changed(result.yours)).toEqual([]);
  });

  test('handles an empty side', () => {
    const result = diffLines('', 'a');
    expect(changed(result.theirs)).toEqual([0]);
    expect(changed(result.yours)).toEqual([0]);
  });
});
