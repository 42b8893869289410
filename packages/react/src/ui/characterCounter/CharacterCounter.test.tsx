import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import '../../styles.css';
import { CharacterCounter, type CharacterCounterProps } from './CharacterCounter';

function renderCounter(props: CharacterCounterProps) {
  return render(
    <div className="sona-root">
      <CharacterCounter id="counter" {...props} />
    </div>,
  );
}

function counterElement(): HTMLElement {
  const element = document.getElementById('counter');
  if (!element) throw new Error('The counter was not rendered with its id.');
  return element;
}

describe('CharacterCounter', () => {
  test('shows the count and the limit, and tells screen readers how many characters are used', async () => {
    const screen = await renderCounter({ value: 'a'.repeat(87), max: 100 });

    await expect.element(screen.getByText('87 / 100')).toBeVisible();
    await expect.element(screen.getByText('87 of 100 characters used')).toBeInTheDocument();
    expect(counterElement().getAttribute('aria-live')).toBeNull();
    expect(screen.getByText(/over the limit/).query()).toBeNull();
  });

  test('counts an emoji with a skin tone as one character', async () => {
    const screen = await renderCounter({ value: '👍🏽👍🏽ok', max: 10 });

    await expect.element(screen.getByText('4 / 10')).toBeVisible();
  });

  test('turns to the warning colour and is announced from 90% of the limit', async () => {
    const normal = await renderCounter({ value: 'a'.repeat(89), max: 100 });
    const normalColour = getComputedStyle(counterElement()).color;
    await normal.unmount();

    const screen = await renderCounter({ value: 'a'.repeat(90), max: 100 });

    await expect.element(screen.getByText('90 / 100')).toBeVisible();
    expect(counterElement().getAttribute('aria-live')).toBe('polite');
    expect(getComputedStyle(counterElement()).color).not.toBe(normalColour);
  });

  test('says by how much the text is too long, in the error colour', async () => {
    const near = await renderCounter({ value: 'a'.repeat(95), max: 100 });
    const nearColour = getComputedStyle(counterElement()).color;
    await near.unmount();

    const screen = await renderCounter({ value: 'a'.repeat(112), max: 100 });

    await expect.element(screen.getByText('112 / 100')).toBeVisible();
    await expect.element(screen.getByText('12 over the limit')).toBeVisible();
    expect(counterElement().getAttribute('aria-live')).toBe('polite');
    expect(getComputedStyle(counterElement()).color).not.toBe(nearColour);
  });

  test('speaks French, with French plurals and number formatting', async () => {
    const screen = await renderCounter({ value: 'a'.repeat(10001), max: 10000, locale: 'fr' });

    await expect
      .element(screen.getByText('10\u202f001 caractères utilisés sur 10\u202f000'))
      .toBeInTheDocument();
    await expect.element(screen.getByText('1 caractère en trop')).toBeVisible();
  });

  test('uses the overrides given for some strings and the catalogue for the rest', async () => {
    const screen = await renderCounter({
      value: 'a'.repeat(101),
      max: 100,
      messages: { over: { one: 'Trim {over} character', other: 'Trim {over} characters' } },
    });

    await expect.element(screen.getByText('Trim 1 character')).toBeVisible();
    await expect.element(screen.getByText('101 / 100')).toBeVisible();
  });

  test('describes the field that references it with aria-describedby', async () => {
    const screen = await render(
      <div className="sona-root">
        <label htmlFor="name">Name</label>
        <input id="name" aria-describedby="name-counter" defaultValue="Take a message" />
        <CharacterCounter id="name-counter" value="Take a message" max={100} />
      </div>,
    );

    await expect
      .element(screen.getByRole('textbox', { name: 'Name' }))
      .toHaveAccessibleDescription('14 of 100 characters used');
  });
});
