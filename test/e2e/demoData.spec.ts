import { expect, test } from '@playwright/test';

test('Reset demo data asks first, then restores the seed in this tab and in the other tabs', async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('./');
  await second.goto('./');
  const jobList = (page: typeof first) => page.getByRole('list', { name: 'Job library' });
  await expect(jobList(second).getByText('Take a message', { exact: true })).toBeVisible();

  // A change made in the first tab shows in the second tab's overview.
  await first.goto('./#/jobs');
  await first.getByRole('searchbox', { name: 'Search jobs' }).fill('take a message');
  await first
    .getByRole('row', { name: /Take a message/ })
    .getByRole('button', { name: /Edit/ })
    .click();
  const editor = first.getByRole('dialog', { name: 'Edit job' });
  await editor.getByLabel('Name', { exact: true }).fill('Take a message for the office');
  await editor.getByRole('button', { name: 'Save job' }).click();
  await editor.getByRole('button', { name: 'Save and apply' }).click();
  await expect(editor).toHaveCount(0);
  await expect(jobList(second).getByText('Take a message for the office')).toBeVisible();

  // Escape closes the confirmation without resetting; focus goes back to the button.
  const reset = first.getByRole('button', { name: 'Reset demo data' });
  await reset.click();
  const dialog = first.getByRole('dialog', { name: 'Reset the demo data?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await first.screenshot({ path: 'test-results/demo-reset-confirm.png' });
  await first.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  await expect(jobList(second).getByText('Take a message for the office')).toBeVisible();

  await reset.click();
  await dialog.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(dialog).toBeHidden();
  await expect(first.getByRole('row', { name: /Take a message for the office/ })).toHaveCount(0);
  await expect(jobList(second).getByText('Take a message', { exact: true })).toBeVisible();
  await expect(
    second
      .getByRole('status')
      .filter({ hasText: 'The demo data was reset or replaced by an import in another tab' }),
  ).toBeVisible();
  await second.screenshot({ path: 'test-results/demo-reset-other-tab.png' });
});

test('the Large workspace switch loads 10,000 jobs and a 500-step flow, and a reload keeps it on', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Main line' })).toBeVisible();

  await page.getByRole('switch', { name: /Large workspace/ }).check();
  await expect(page).toHaveURL(/[?&]large=1/);
  await expect(page.getByText('10,000 jobs', { exact: true })).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: 'test-results/demo-large-overview.png' });

  await page.reload();
  await expect(page.getByRole('switch', { name: /Large workspace/ })).toBeChecked();
  await page.getByRole('link', { name: 'Large flow' }).click();
  await expect(page.getByRole('group', { name: 'Phone menu step: Choose your area' })).toBeVisible({
    timeout: 15_000,
  });
  await page.screenshot({ path: 'test-results/demo-large-flow.png' });

  // Off again: back to the seeded workspace, on the overview.
  await page.getByRole('switch', { name: /Large workspace/ }).uncheck();
  await expect(page).not.toHaveURL(/large=1/);
  await expect(page.getByText('26 jobs', { exact: true })).toBeVisible();
});
