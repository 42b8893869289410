import { DesignerError, type DesignerErrorCode } from '@sona-designer/core';
import { describe, expect, test } from 'vitest';
import { errorText } from './errorText';
import { fr } from './locales/fr';
import { en } from './messages';

// Every code, checked by the type: a new code fails to compile here until it is listed (and worded).
const EVERY_CODE: Record<DesignerErrorCode, true> = {
  VALIDATION: true,
  JOB_LIMIT: true,
  CONFLICT: true,
  NOT_FOUND: true,
  IN_USE: true,
  INVALID_GRAPH: true,
  UNAVAILABLE: true,
  FORBIDDEN: true,
  TESTS_FAILING: true,
};
const CODES = Object.keys(EVERY_CODE) as DesignerErrorCode[];

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
