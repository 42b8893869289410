import { describe, expect, test } from 'vitest';
import { libraryEn } from '../../../i18n';
import { fr } from '../../../i18n/locales/fr';
import { fieldError } from './knowledgeValues';

const libraryFr = fr.library;

describe('fieldError', () => {
  test('uses the core’s rules with the catalogue’s words; English matches the core', () => {
    expect(fieldError('title', '   ', libraryEn, 'en')).toBe(
      'Title is required: name the page, such as “Opening hours”.',
    );
    expect(fieldError('title', 'Line one\nline two', libraryEn, 'en')).toBe(
      'Title must fit on one line: remove the line breaks.',
    );
    expect(fieldError('content', 'é'.repeat(20_000), libraryEn, 'en')).toBeUndefined();
    expect(fieldError('content', `${'é'.repeat(20_000)}👍🏽`, libraryEn, 'en')).toBe(
      'Content is too long: 20,001 characters, the limit is 20,000. Shorten it by 1.',
    );
    expect(fieldError('content', `${'é'.repeat(20_000)}👍🏽`, libraryFr, 'fr')).toBe(
      'Contenu : trop long, 20\u202f001 caractères pour une limite de 20\u202f000. Retirez-en 1.',
    );
  });

  test('falls back to the core’s message for a problem the catalogue does not name', () => {
    expect(fieldError('content', 'Bell \u0007 here', libraryEn, 'en')).toMatch(/invisible control character/);
  });
});
