import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { forgetLoadedMessages, type Locale, type Messages, messageLoaders, registerMessages } from '../i18n';
import { fr } from '../i18n/locales/fr';
import { createFixtureAdapter } from '../test/fixtures';
import { CharacterCounter } from '../ui';
import { DesignerProvider } from './DesignerProvider';

const FRENCH = '10 caractères utilisés sur 100';
const ENGLISH = '10 of 100 characters used';

const adapter = createFixtureAdapter();

function Designer({ locale }: { locale: Locale }) {
  return (
    <DesignerProvider adapter={adapter} locale={locale}>
      {/* Without a locale of its own, the counter speaks the provider's language. */}
      <CharacterCounter value={'a'.repeat(10)} max={100} />
    </DesignerProvider>
  );
}

/** Holds the French download until the test releases it (or fails it). */
function holdFrenchDownload() {
  let release: (catalogue: Messages) => void = () => {};
  let fail: (error: Error) => void = () => {};
  vi.spyOn(messageLoaders, 'fr').mockImplementation(
    () =>
      new Promise<Messages>((resolve, reject) => {
        release = resolve;
        fail = reject;
      }),
  );
  return { release: () => release(fr), fail: (error: Error) => fail(error) };
}

function sonaRoot(): HTMLElement {
  const root = document.querySelector<HTMLElement>('.sona-root');
  if (!root) throw new Error('The provider rendered no .sona-root.');
  return root;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

// The browser project's setup registers French; these tests start as a host that preloaded nothing.
beforeEach(() => {
  forgetLoadedMessages();
});

afterEach(() => {
  vi.restoreAllMocks();
  registerMessages('fr', fr);
});

describe('DesignerProvider, French on demand', () => {
  test('shows nothing until the French catalogue is in, then French, never English', async () => {
    const download = holdFrenchDownload();
    const screen = await render(<Designer locale="fr" />);

    await settle();
    expect(sonaRoot().textContent).toBe('');
    expect(sonaRoot().getAttribute('aria-busy')).toBe('true');

    download.release();

    await expect.element(screen.getByText(FRENCH)).toBeInTheDocument();
    expect(screen.getByText(ENGLISH).query()).toBeNull();
    expect(sonaRoot().getAttribute('lang')).toBe('fr');
    expect(sonaRoot().hasAttribute('aria-busy')).toBe(false);
  });

  test('loads the real French catalogue when nothing is preloaded', async () => {
    const screen = await render(<Designer locale="fr" />);

    await expect.element(screen.getByText(FRENCH)).toBeInTheDocument();
  });

  test('renders French in the first frame when the host registered it', async () => {
    const loader = vi.spyOn(messageLoaders, 'fr');
    registerMessages('fr', fr);

    const screen = await render(<Designer locale="fr" />);

    expect(screen.getByText(FRENCH).query()).not.toBeNull();
    expect(loader).not.toHaveBeenCalled();
  });

  test('keeps English on screen while switching to French, then switches', async () => {
    const download = holdFrenchDownload();
    const screen = await render(<Designer locale="en" />);
    await expect.element(screen.getByText(ENGLISH)).toBeInTheDocument();

    await screen.rerender(<Designer locale="fr" />);
    await settle();
    expect(screen.getByText(ENGLISH).query()).not.toBeNull();
    expect(sonaRoot().getAttribute('lang')).toBe('en');

    download.release();

    await expect.element(screen.getByText(FRENCH)).toBeInTheDocument();
    expect(screen.getByText(ENGLISH).query()).toBeNull();
  });

  test('falls back to English when the French catalogue fails to download', async () => {
    const download = holdFrenchDownload();
    const screen = await render(<Designer locale="fr" />);

    download.fail(new TypeError('Failed to fetch dynamically imported module'));

    await expect.element(screen.getByText(ENGLISH)).toBeInTheDocument();
    expect(sonaRoot().getAttribute('lang')).toBe('en');
  });
});
