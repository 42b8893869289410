import type { Locator, Page } from '@playwright/test';
import { expect, test } from './pageErrors';

// Issue #17, keyboard only: from page load to a published flow in at most 25 key presses, every stop on screen with
// its ring; and the canvas is at most 3 Tab stops whatever the size of the flow.

const VIEWPORT = { width: 1280, height: 800 };
const MAX_PRESSES = 25;
const MAX_CANVAS_STOPS = 3;

/**
 * Whether the focused element shows a focus ring: an outline, or a box-shadow ring (no offset, no blur, a spread of
 * 2 px or more), on the element itself or where the product draws it: a step's card inside the step, the demo's
 * flow card around its link.
 */
function showsRing(element: Element): boolean {
  const ringOn = (candidate: Element | null) => {
    if (!candidate) return false;
    const style = getComputedStyle(candidate);
    if (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) return true;
    return [...style.boxShadow.matchAll(/0px 0px 0px (\d+(?:\.\d+)?)px/g)].some(
      (match) => Number(match[1]) >= 2,
    );
  };
  return (
    element.matches(':focus-visible') &&
    [element, element.querySelector(':scope > .sona-step-node'), element.closest('.demo-flow')].some(ringOn)
  );
}

/** Keys pressed through `press` only, so the count is every key the user pressed. */
class Keyboard {
  presses = 0;
  log: string[] = [];
  constructor(private readonly page: Page) {}

  /**
   * Presses `key`, waits for focus to be on `expected`, then checks that it is inside the viewport and shows its
   * ring. `ring: false` only for the page's main region, which takes focus after a route change without one (a
   * ring around the whole page would only be noise; the next Tab starts inside it).
   */
  async press(key: string, expected: Locator, { ring = true } = {}) {
    this.presses++;
    await this.page.keyboard.press(key);
    await expect(expected).toBeFocused();
    // Polled: the canvas pans a step that takes focus into view with a short animation.
    await expect
      .poll(
        async () => {
          const box = await expected.boundingBox();
          if (!box) return 'no box';
          // Within a pixel: the browser scrolls a focused element to the viewport's edge, give or take rounding.
          const inside =
            box.x > -1 &&
            box.y > -1 &&
            box.x + box.width < VIEWPORT.width + 1 &&
            box.y + box.height < VIEWPORT.height + 1;
          return inside ? 'on screen' : `off screen: ${JSON.stringify(box)}`;
        },
        { message: `${key}: the focused element is on screen` },
      )
      .toBe('on screen');
    // Polled: a ring may fade in (a short transition), and mid-way its computed width is still below 2 px.
    if (ring)
      await expect
        .poll(() => expected.evaluate(showsRing), { message: `${key}: focus ring shown` })
        .toBe(true);
    this.log.push(`${this.presses}. ${key}`);
  }
}

test('keyboard only from page load: open the main line, select the Sona step, attach a job, publish, in at most 25 presses', async ({
  page,
}) => {
  await page.setViewportSize(VIEWPORT);
  await page.goto('./');
  const mainLine = page.getByRole('link', { name: 'Main line' });
  await expect(mainLine).toBeVisible();
  const keys = new Keyboard(page);

  // The call flow list is the end of the overview: Shift+Tab from the page's start reaches it from below.
  for (const name of ['Open the job library →', 'Manage knowledge pages →', 'Support line', 'Sales line']) {
    await keys.press('Shift+Tab', page.getByRole('link', { name, exact: true }));
  }
  await keys.press('Shift+Tab', mainLine);
  await keys.press('Enter', page.locator('main'), { ring: false });
  // The designer loads its flow: wait for it (no key pressed) so the next Tab meets the page it is meant for.
  await expect(page.getByRole('group', { name: 'Sona step: Front desk' })).toBeVisible();
  await expect(page.locator('main')).toBeFocused();

  // Into the designer: its first stops are the skip links; the first goes to the canvas's tab stop.
  await keys.press('Tab', page.getByRole('link', { name: /Call flows and jobs/ }));
  const skip = page.getByRole('navigation', { name: 'Skip to' });
  await keys.press('Tab', skip.getByRole('button', { name: 'Call flow canvas' }));
  await keys.press('Enter', page.getByRole('group', { name: 'Incoming call step: Incoming call' }));
  await keys.press('ArrowDown', page.getByRole('group', { name: 'Business hours step: Business hours' }));
  const frontDesk = page.getByRole('group', { name: 'Sona step: Front desk' });
  await keys.press('ArrowDown', frontDesk);
  await keys.press('Enter', frontDesk);
  const settings = page.getByRole('region', { name: 'Step settings' });
  await expect(settings.getByLabel('Title')).toHaveValue('Front desk');

  // F6 goes to the next part, the inspector, on its first field; Add job is three stops on.
  await keys.press('F6', settings.getByLabel('Title'));
  await keys.press('Tab', settings.getByRole('textbox').nth(1));
  await keys.press('Tab', settings.getByRole('switch'));
  const addJob = settings.getByRole('button', { name: 'Add job' });
  await keys.press('Tab', addJob);

  const jobs = settings.getByRole('region', { name: 'Jobs' }).getByRole('listitem');
  await expect(jobs).toHaveCount(6);

  // The job picker: its search, the sort, Create job, then the first job (not attached to this step yet).
  await keys.press('Enter', page.getByRole('dialog', { name: 'Add job' }).getByRole('searchbox'));
  const picker = page.getByRole('dialog', { name: 'Add job' });
  await keys.press('Tab', picker.getByRole('combobox'));
  await keys.press('Tab', picker.getByRole('button', { name: 'Create job' }));
  const firstJob = picker.getByRole('checkbox').first();
  await expect(firstJob).not.toBeChecked();
  const jobName = await firstJob.evaluate(
    (box) => document.getElementById(box.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
  );
  await keys.press('Tab', firstJob);
  await keys.press('Space', firstJob);
  await expect(firstJob).toBeChecked();
  await keys.press('Escape', addJob);
  await expect(jobs).toHaveCount(7);
  await expect(jobs.filter({ hasText: jobName })).toHaveCount(1);

  // F6 again: round to the publish bar, on Publish.
  await keys.press('F6', page.getByRole('button', { name: 'Publish', exact: true }));
  await keys.press('Enter', page.locator('.sona-publish-status[data-status="published"]'));
  await expect(page.getByRole('region', { name: 'Publishing' })).toContainText('revision');

  console.log(`keyboard path, ${keys.presses} presses:\n${keys.log.join('\n')}`);
  expect(keys.presses).toBeLessThanOrEqual(MAX_PRESSES);
});

/** Tabs from the palette's last step through the canvas; returns each stop in the canvas, up to the one past it. */
async function canvasTabStops(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: /^End call/ }).focus();
  const stops: string[] = [];
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const active = document.activeElement;
      if (!active?.closest('.sona-flow-canvas')) return null;
      return active.getAttribute('aria-label') ?? active.textContent?.trim() ?? active.tagName;
    });
    if (stop === null) break;
    stops.push(stop);
  }
  return stops;
}

test('Tab crosses the canvas in at most 3 stops: its step, the zoom toolbar, Tidy up', async ({ page }) => {
  await page.goto('./#/flows/flow-main');
  await expect(page.getByRole('group', { name: 'Sona step: Front desk' })).toBeVisible();
  const stops = await canvasTabStops(page);
  console.log(`main line, canvas Tab stops: ${stops.length} (${stops.join(' | ')})`);
  expect(stops).toEqual(['Incoming call step: Incoming call', 'Zoom in', 'Tidy up']);
  expect(stops.length).toBeLessThanOrEqual(MAX_CANVAS_STOPS);
});

test('on the 500-step flow of the large workspace too, Tab crosses the canvas in at most 3 stops', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('./?large=1#/flows/flow-large');
  await expect(page.getByRole('group', { name: 'Phone menu step: Choose your area' })).toBeVisible({
    timeout: 30_000,
  });
  expect(await page.evaluate(() => document.querySelectorAll('.react-flow__node').length)).toBeLessThan(500);
  const stops = await canvasTabStops(page);
  console.log(`large flow, canvas Tab stops: ${stops.length} (${stops.join(' | ')})`);
  expect(stops.length).toBeGreaterThanOrEqual(2);
  expect(stops.length).toBeLessThanOrEqual(MAX_CANVAS_STOPS);
});
