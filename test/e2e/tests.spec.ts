import { expect, test } from '@playwright/test';

// A newcomer's first saved test: a simulated call at the front desk saved as a test, a job detached, the test seen
// failing, and Publish held once the flow requires passing tests.
test('save a call as a test, break it by detaching its job, and see it fail before publishing', async ({
  page,
}) => {
  await page.goto('./#/flows/flow-main');
  const bar = page.getByRole('region', { name: 'Publishing' });
  const count = bar.getByRole('button', { name: /^Tests: / });
  await expect(count).toHaveAccessibleName(/tests · all passing$/);
  const before = Number((await count.textContent())?.match(/\d+/)?.[0]);

  const frontDesk = page.getByRole('group', { name: 'Sona step: Front desk' });
  await frontDesk.focus();
  await page.keyboard.press('Enter');
  const settings = page.getByRole('region', { name: 'Step settings' });
  await settings.getByRole('button', { name: 'Test call' }).click();

  const drawer = page.getByRole('dialog', { name: 'Simulated call' });
  const message = drawer.getByRole('textbox', { name: 'Caller message' });
  await message.fill('My water heater is leaking, I need a plumber to come and look at it');
  await message.press('Enter');
  // Sona answers with the booking job's first question.
  await expect(drawer.getByRole('log').getByText(/what the problem is/)).toBeVisible();
  await drawer.getByRole('button', { name: 'Save as test' }).click();

  const save = page.getByRole('dialog', { name: 'Save as test' });
  await expect(save.getByRole('checkbox', { name: /Job .Book a service visit. fires/ })).toBeChecked();
  await save.getByRole('textbox', { name: 'Name' }).fill('Leaking water heater');
  await save.getByRole('button', { name: 'Save test' }).click();
  await expect(drawer.getByText(/Test .Leaking water heater. saved/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);
  await expect(count).toHaveAccessibleName(`Tests: ${before + 1} tests · all passing`);

  // Detaching the job the test expects breaks it at once, before anything is published.
  await settings.getByRole('button', { name: 'Detach Book a service visit' }).click();
  await expect(count).toHaveAccessibleName(/failing$/);
  await count.click();
  await expect(drawer.getByText('Broken by the draft').first()).toBeVisible();
  await expect(drawer.getByRole('listitem', { name: /^Fails at turn 1$/ })).toBeFocused();
  await drawer.getByRole('button', { name: 'All tests' }).click();
  await drawer.getByRole('radio', { name: /^Failing/ }).check({ force: true });
  await expect(drawer.getByRole('button', { name: /Leaking water heater/ })).toContainText('Fails');

  // Requiring passing tests holds Publish, and the button says why.
  await drawer.getByRole('switch', { name: 'Require passing tests before publishing' }).check();
  await page.keyboard.press('Escape');
  const publish = bar.getByRole('button', { name: 'Publish', exact: true });
  await expect(publish).toBeDisabled();
  await expect(publish).toHaveAccessibleDescription(
    /Publishing needs every test to pass: \d+ tests? fails? on the draft/,
  );
  await page.screenshot({ path: 'test-results/tests-publish-held.png' });

  // Attaching the job back makes the suite pass again, and Publish is free.
  await page.getByRole('button', { name: /^Undo/ }).click();
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(count).toHaveAccessibleName(`Tests: ${before + 1} tests · all passing`);
  await expect(publish).toBeEnabled();
});
