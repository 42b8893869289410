import { UNKNOWN_CALLER } from '@sona-designer/core';
import { expect, test } from 'vitest';
import { callerName } from './callerName';

test('a caller the engine could not name reads in the designer’s language; a named one is kept', () => {
  expect(callerName(UNKNOWN_CALLER, 'Appelant inconnu')).toBe('Appelant inconnu');
  expect(callerName('', 'Appelant inconnu')).toBe('Appelant inconnu');
  expect(callerName('Louise Gagnon', 'Appelant inconnu')).toBe('Louise Gagnon');
});
