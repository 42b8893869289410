import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { provideEnglish } from './deferred';
import {
  en,
  forgetLoadedMessages,
  getMessages,
  loadMessages,
  type Messages,
  messageLoaders,
  registerMessages,
  resolveMessages,
} from './messages';
import { callSummariesEn } from './sections/callSummaries';
import { jobEditorEn } from './sections/jobEditor';
import { jobPickerEn } from './sections/jobPicker';
import { libraryEn } from './sections/library';
import { simulatorEn } from './sections/simulator';
import { teachEn } from './sections/teach';
import { templatesEn } from './sections/templates';
import { transferEn } from './sections/transfer';

/** Every path to a string in the catalogue, e.g. `canvas.ringStrategy.simultaneous` or `canvas.holidays.one`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

beforeEach(() => {
  forgetLoadedMessages();
  // As the job editor and the gallery do when their code loads: the parity check reads every text.
  provideEnglish('jobEditor', jobEditorEn);
  provideEnglish('templates', templatesEn);
  provideEnglish('library', libraryEn);
  provideEnglish('jobPicker', jobPickerEn);
  provideEnglish('simulator', simulatorEn);
  provideEnglish('callSummaries', callSummariesEn);
  provideEnglish('transfer', transferEn);
  provideEnglish('teach', teachEn);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the catalogue registry', () => {
  test('gives English for French until the French catalogue is loaded', async () => {
    expect(getMessages('fr')).toBe(en);
    expect(resolveMessages('fr').designer).toBe(en.designer);

    const fr = await loadMessages('fr');

    expect(getMessages('fr')).toBe(fr);
    expect(fr.characterCounter.over.other).toBe('{over} caractères en trop');
  });

  test('loads French once and returns the same catalogue to every caller', async () => {
    const loader = vi.spyOn(messageLoaders, 'fr');

    const [first, second] = await Promise.all([loadMessages('fr'), loadMessages('fr')]);
    const third = await loadMessages('fr');

    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  test('French has exactly the keys English has, down to every plural form', async () => {
    const fr = await loadMessages('fr');

    expect(keyPaths(fr).sort()).toEqual(keyPaths(en).sort());
    expect(keyPaths(en).length).toBeGreaterThan(500);
  });

  test('English is always there, without loading', async () => {
    const loader = vi.spyOn(messageLoaders, 'fr');

    expect(getMessages()).toBe(en);
    await expect(loadMessages('en')).resolves.toBe(en);
    expect(loader).not.toHaveBeenCalled();
  });

  test('a registered catalogue is used at once and never downloaded', async () => {
    const loader = vi.spyOn(messageLoaders, 'fr');
    const custom: Messages = { ...en, designer: { ...en.designer, saved: 'Enregistré (maison)' } };

    registerMessages('fr', custom);

    expect(getMessages('fr')).toBe(custom);
    await expect(loadMessages('fr')).resolves.toBe(custom);
    expect(loader).not.toHaveBeenCalled();
  });

  test('a failed download rejects, keeps English and is retried by the next load', async () => {
    vi.spyOn(messageLoaders, 'fr').mockRejectedValueOnce(
      new TypeError('Failed to fetch dynamically imported module'),
    );

    await expect(loadMessages('fr')).rejects.toThrow('Failed to fetch');
    expect(getMessages('fr')).toBe(en);

    const fr = await loadMessages('fr');
    expect(fr).not.toBe(en);
    expect(getMessages('fr')).toBe(fr);
  });
});
