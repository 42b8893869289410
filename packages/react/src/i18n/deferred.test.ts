import { describe, expect, test } from 'vitest';
import { deferredEnglish, provideEnglish } from './deferred';
import { en } from './messages';
import { templatesEn } from './sections/templates';

describe('deferred English sections', () => {
  test('a catalogue copied before the surface loaded reads its texts once it has; before, a read fails clearly', () => {
    const early = { ...en };
    expect(() => early.templates.title).toThrow('"templates" texts were read before the code of the surface');
    provideEnglish('templates', templatesEn);
    expect(early.templates.title).toBe(templatesEn.title);
    expect(deferredEnglish('templates')).toBe(templatesEn);
    expect({ ...early.templates }).toEqual(templatesEn);
  });
});
