import { beforeEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../styles.css';
import '../../test/registerFrench';
import { createFixtureAdapter, FIXTURE_FLOWS } from '../../test/fixtures';
import { CallFlowDesigner } from '../CallFlowDesigner';

beforeEach(async () => {
  await page.viewport(1280, 800);
});

async function renderDesigner(locale: 'en' | 'fr' = 'en') {
  const screen = await render(
    <div style={{ height: 720 }}>
      <button type="button">Before the designer</button>
      <CallFlowDesigner adapter={createFixtureAdapter()} flowId={FIXTURE_FLOWS.main} locale={locale} />
    </div>,
  );
  // The steps are drawn: the canvas has its tab stop.
  await expect.poll(() => document.querySelector('.react-flow__node[tabindex="0"]')).not.toBeNull();
  return screen;
}

type Screen = Awaited<ReturnType<typeof renderDesigner>>;

/** Tabs from just before the designer to the skip link named `name` (the skip links are its first stops). */
async function tabToSkipLink(screen: Screen, name: string) {
  const nav = screen.getByRole('navigation', { name: 'Skip to' });
  const link = nav.getByRole('button', { name });
  screen.getByRole('button', { name: 'Before the designer' }).element().focus();
  for (let i = 0; i < 6 && document.activeElement !== link.element(); i++) await userEvent.tab();
  expect(document.activeElement).toBe(link.element());
  return link;
}

const active = () => document.activeElement as HTMLElement;

describe('Skip links', () => {
  test('hidden until focused, then shown above the designer, each link on screen', async () => {
    const screen = await renderDesigner();
    const nav = screen.getByRole('navigation', { name: 'Skip to' });
    expect(nav.element().getBoundingClientRect().width).toBeLessThanOrEqual(1);

    const link = await tabToSkipLink(screen, 'Call flow canvas');
    const box = nav.element().getBoundingClientRect();
    expect(box.width).toBeGreaterThan(200);
    expect(box.top).toBeGreaterThanOrEqual(0);
    // Shown over the designer's toolbar, not under it.
    const atCentre = document.elementFromPoint(
      link.element().getBoundingClientRect().left + 4,
      link.element().getBoundingClientRect().top + 4,
    );
    expect(link.element().contains(atCentre)).toBe(true);
    expect(getComputedStyle(link.element()).boxShadow).not.toBe('none');
  });

  test('each part is a named region, and each link moves focus into the part it names', async () => {
    const screen = await renderDesigner();
    for (const name of ['Call flow canvas', 'Add a step', 'Publishing']) {
      await expect.element(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    // No step open: nothing to skip to in the inspector.
    const nav = screen.getByRole('navigation', { name: 'Skip to' });
    await expect.element(nav.getByRole('button', { name: 'Step settings' })).not.toBeInTheDocument();

    await tabToSkipLink(screen, 'Call flow canvas');
    await userEvent.keyboard('{Enter}');
    // The canvas's one tab stop: the first step, as Tab would have entered it.
    expect(active().getAttribute('aria-label')).toBe('Incoming call step: Incoming call');
    expect(active().tabIndex).toBe(0);

    await tabToSkipLink(screen, 'Add a step');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'Add a step' }).element().contains(active())).toBe(true);
    expect(active().textContent).toContain('Business hours');

    await tabToSkipLink(screen, 'Publishing');
    await userEvent.keyboard('{Enter}');
    expect(active()).toBe(screen.getByRole('button', { name: 'Publish', exact: true }).element());

    // Open a step: the inspector's link appears and goes to its first field.
    // By keyboard, as a click at the step's centre may land on one of its own buttons.
    (screen.getByRole('group', { name: /Sona step: Front desk/ }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const settings = screen.getByRole('region', { name: 'Step settings' });
    // The settings' form loads on demand: slow when the machine is busy.
    await expect.element(settings.getByRole('textbox').first(), { timeout: 10_000 }).toBeVisible();
    await tabToSkipLink(screen, 'Step settings');
    await userEvent.keyboard('{Enter}');
    expect(settings.element().contains(active())).toBe(true);
    expect(active().tagName).toBe('INPUT');

    // The canvas's link follows its tab stop, now the step that is open.
    await tabToSkipLink(screen, 'Call flow canvas');
    await userEvent.keyboard('{Enter}');
    expect(active().getAttribute('aria-label')).toMatch(/^Sona step: Front desk/);
  });

  test('F6 and Shift+F6 go round the parts: publish bar, palette, canvas, inspector', async () => {
    const screen = await renderDesigner();
    const step = screen.getByRole('group', { name: /Sona step: Front desk/ });
    await step.click();
    const settings = screen.getByRole('region', { name: 'Step settings' });
    await expect.element(settings.getByRole('textbox').first()).toBeVisible();
    step.element().focus();

    await userEvent.keyboard('{F6}');
    expect(settings.element().contains(active())).toBe(true);
    await userEvent.keyboard('{F6}');
    expect(active()).toBe(screen.getByRole('button', { name: 'Publish', exact: true }).element());
    await userEvent.keyboard('{F6}');
    expect(screen.getByRole('region', { name: 'Add a step' }).element().contains(active())).toBe(true);
    await userEvent.keyboard('{F6}');
    expect(active()).toBe(step.element());
    await userEvent.keyboard('{Shift>}{F6}{/Shift}');
    expect(screen.getByRole('region', { name: 'Add a step' }).element().contains(active())).toBe(true);
  });

  test('in French, the links say where they go in French', async () => {
    const screen = await renderDesigner('fr');
    const nav = screen.getByRole('navigation', { name: 'Aller à' });
    await expect.element(nav.getByRole('button', { name: 'Canevas du flux d’appels' })).toBeInTheDocument();
    await expect.element(nav.getByRole('button', { name: 'Publication' })).toBeInTheDocument();
  });
});
