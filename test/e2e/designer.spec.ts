import { expect, test } from '@playwright/test';

test('a newcomer opens the main line, edits it on the canvas, undoes and redoes by keyboard, and publishes', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Main line' }).click();

  const frontDesk = page.getByRole('group', { name: 'Sona step: Front desk' });
  await expect(frontDesk).toBeVisible();
  await expect(page.getByRole('button', { name: /Unpublished changes/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/designer-main-line.png' });

  // Open the Sona step's settings by keyboard.
  await frontDesk.focus();
  await page.keyboard.press('Enter');
  const settings = page.getByRole('region', { name: 'Step settings' });
  await expect(settings.getByLabel('Title')).toHaveValue('Front desk');

  // Add a voicemail step from the palette by keyboard: it lands below the selected step.
  await page
    .getByRole('button', { name: /^Voicemail/ })
    .first()
    .press('Enter');
  await expect(page.getByRole('group', { name: 'Voicemail step: Voicemail' })).toHaveCount(2);

  // Undo and redo with the keyboard shortcuts.
  await page.getByRole('group', { name: 'Sona step: Front desk' }).focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('group', { name: 'Voicemail step: Voicemail' })).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('group', { name: 'Voicemail step: Voicemail' })).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('group', { name: 'Voicemail step: Voicemail' })).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  // Publishing puts the pending changes live, and they disappear.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Published · revision 2')).toBeVisible();
  await expect(page.getByRole('button', { name: /Unpublished changes/ })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/designer-published.png' });

  // Back on the overview, the main line is up to date.
  await page.getByRole('link', { name: /Call flows and jobs/ }).click();
  const mainLine = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Main line' }) });
  await expect(mainLine.getByText('Published revision 2')).toBeVisible();
  await expect(mainLine.getByText('Up to date')).toBeVisible();
});

test('the designer speaks French', async ({ page }) => {
  await page.goto('./#/flows/flow-main');
  await page.getByRole('radio', { name: 'Français' }).check();
  await expect(page.getByRole('group', { name: 'Étape Sona : Front desk' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publier', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Annuler' })).toBeVisible();
  await page.screenshot({ path: 'test-results/designer-fr.png' });
});
