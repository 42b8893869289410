import { DesignerError, type DesignerErrorCode } from '@sona-designer/core';
import { describe, expect, test } from 'vitest';
import { errorText } from './errorText';
import { fr } from './locales/fr';
import { en } from './messages';

const CODES: DesignerErrorCode[] = [
  'VALIDATION',
  'JOB_LIMIT',
  'CONFLICT',
  'NOT_FOUND',
  'IN_USE',
  'INVALID_GRAPH',
  'UNAVAILABLE',
];

describe('errorText', () => {
  test('words every adapter error by its code in the designer’s language, never with the adapter’s own message', () => {
    for (const code of CODES) {
      const error = new DesignerError(code, 'An adapter message in English, for developers.');
      const english = errorText(en, error);
      const french = errorText(fr, error);
      expect(english).not.toContain('adapter message');
      expect(english.length).toBeGreaterThan(10);
      expect(french).not.toBe(english);
    }
    expect(errorText(fr, new DesignerError('UNAVAILABLE', 'The workspace could not be reached.'))).toBe(
      'L’espace de travail est injoignable. Votre travail est conservé : réessayez.',
    );
  });

  test('anything else is “something went wrong”', () => {
    expect(errorText(en, new TypeError('x is undefined'))).toBe('Something went wrong. Try again.');
    expect(errorText(en, 'a string')).toBe('Something went wrong. Try again.');
  });
});
