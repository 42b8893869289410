import { expect, test } from '@playwright/test';

test('the demo opens on the seeded workspace and lists the call flows', async ({ page }) => {
  await page.goto('./');

  await expect(page.getByRole('heading', { level: 1, name: 'Sona Designer demo' })).toBeVisible();
  const callFlows = page.getByRole('list', { name: 'Call flows' });
  const mainLine = callFlows
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Main line' }) });
  await expect(mainLine).toBeVisible();
  await expect(mainLine.getByText('Unpublished changes')).toBeVisible();
  await expect(mainLine.getByText('Published revision 1')).toBeVisible();
  const supportLine = callFlows
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Support line' }) });
  await expect(supportLine.getByText('Never published')).toBeVisible();
  await expect(page.getByText('26 jobs')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Job library' }).getByText('Take a message')).toBeVisible();
  await page.screenshot({ path: 'test-results/demo-en.png', fullPage: true });
});

test('switching to Français shows the page in French', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Main line' })).toBeVisible();

  await page.getByRole('radio', { name: 'Français' }).check();

  await expect(page.getByRole('heading', { level: 1, name: 'Démo de Sona Designer' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Flux d’appels' })).toBeVisible();
  const mainLine = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Main line' }) });
  await expect(mainLine.getByText('Modifications non publiées')).toBeVisible();
  await expect(mainLine.getByText('Révision 1 publiée')).toBeVisible();
  await expect(page.getByText('26 tâches')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.screenshot({ path: 'test-results/demo-fr.png', fullPage: true });
});

test('the dark theme switch changes the page colours', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Main line' })).toBeVisible();
  const background = () =>
    page.locator('.sona-root').evaluate((element) => getComputedStyle(element).backgroundColor);
  const light = await background();

  await page.getByRole('radio', { name: 'Dark' }).check();

  await expect.poll(background).not.toBe(light);
  await page.screenshot({ path: 'test-results/demo-dark.png', fullPage: true });
});

test('when the workspace cannot be loaded, the page says so and Retry loads it again', async ({ page }) => {
  await page.goto('./?failFirst=2');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The workspace could not be loaded.');
  await page.screenshot({ path: 'test-results/demo-error.png' });
  await alert.getByRole('button', { name: 'Retry' }).click();

  await expect(page.getByRole('heading', { name: 'Main line' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
