import { expect, test } from '@playwright/test';

test('a simulated call from greeting to summary, then found in the call summaries', async ({ page }) => {
  await page.goto('./#/flows/flow-main');
  const frontDesk = page.getByRole('group', { name: 'Sona step: Front desk' });
  await frontDesk.focus();
  await page.keyboard.press('Enter');
  const settings = page.getByRole('region', { name: 'Step settings' });
  await settings.getByRole('button', { name: 'Test call' }).click();

  const drawer = page.getByRole('dialog', { name: 'Simulated call' });
  await expect(drawer).toBeVisible();
  const transcript = drawer.getByRole('log');
  // Sona speaks first.
  await expect(transcript.getByText(/Dupont/).first()).toBeVisible();

  const message = drawer.getByRole('textbox', { name: 'Caller message' });
  await message.fill('Hi, I would like to book a technician to look at my water heater.');
  await message.press('Enter');
  await expect(
    transcript.getByText('Hi, I would like to book a technician to look at my water heater.'),
  ).toBeVisible();
  // Each agent turn explains itself.
  const why = drawer.getByRole('button', { name: /Why/ }).last();
  await expect(why).toBeVisible();
  await why.click();
  await expect(drawer.getByText(/Book a service visit/).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/simulator-mid-call.png' });

  await message.fill('My name is Louise Gagnon, 450 rue Rachel Est.');
  await drawer.getByRole('button', { name: 'Send' }).click();
  await expect(transcript.getByText('My name is Louise Gagnon, 450 rue Rachel Est.')).toBeVisible();

  await drawer.getByRole('button', { name: 'End call' }).click();
  await expect(drawer.getByRole('heading', { name: 'Call summary' })).toBeVisible();
  await expect(drawer.getByText('Saved to call summaries')).toBeVisible();
  await expect(drawer.getByText('Louise Gagnon').first()).toBeVisible();
  await expect(drawer.getByText('Book a service visit').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/simulator-summary.png' });

  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);

  await page.getByRole('link', { name: 'Call summaries' }).click();
  const latest = page.getByRole('button', { name: /Louise Gagnon/ }).first();
  await expect(latest).toBeVisible();
  await latest.click();
  const detail = page.getByRole('region', { name: /Louise Gagnon/ });
  await expect(detail.getByText('Book a service visit', { exact: true }).first()).toBeVisible();
  await expect(detail.getByText('Front desk', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('My name is Louise Gagnon, 450 rue Rachel Est.').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/call-summaries.png' });
});

test('a sentence no job fires is taught from the sandbox, and a simulated call then routes it', async ({
  page,
}) => {
  const sentence = 'the tank in the basement makes a racket at night';
  await page.goto('./#/flows/flow-main');
  await page.getByRole('group', { name: 'Sona step: Front desk' }).focus();
  await page.keyboard.press('Enter');
  const settings = page.getByRole('region', { name: 'Step settings' });

  await settings.getByRole('button', { name: 'Which job would fire?' }).click();
  await settings.getByRole('textbox', { name: 'Caller says' }).fill(sentence);
  await expect(settings.getByText(/^No job would fire/)).toBeVisible();
  await settings
    .getByRole('button', { name: 'Book a service visit should fire: add the sentence to its trigger' })
    .click();
  await expect(settings.getByRole('status').filter({ hasText: 'it fires now' })).toBeVisible();

  // The job's trigger now holds the sentence, so a simulated call takes it to the booking job.
  await settings.getByRole('button', { name: 'Test call' }).click();
  const drawer = page.getByRole('dialog', { name: 'Simulated call' });
  const message = drawer.getByRole('textbox', { name: 'Caller message' });
  await message.fill(sentence);
  await message.press('Enter');
  await expect(drawer.getByRole('log').getByText(/what the problem is/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);

  // Undo takes the sentence back out.
  await settings.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(settings.getByRole('status').filter({ hasText: 'Removed from the trigger' })).toBeVisible();
  await expect(settings.getByText(/^No job would fire/)).toBeVisible();
});
