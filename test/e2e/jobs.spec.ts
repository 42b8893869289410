import { expect, type Page, test } from '@playwright/test';

async function openFrontDeskJobs(page: Page) {
  await page.goto('./#/flows/flow-main');
  await page.getByRole('group', { name: 'Sona step: Front desk' }).click();
  const settings = page.getByRole('region', { name: 'Step settings' });
  await settings.getByRole('button', { name: 'Add job' }).click();
  return page.getByRole('dialog', { name: 'Add job' });
}

test('attaching jobs up to 10 refuses the 11th with its explanation, and detaching frees a place', async ({
  page,
}) => {
  const picker = await openFrontDeskJobs(page);
  await expect(picker.getByText('6 of 10', { exact: true })).toBeVisible();

  for (const name of [
    'After-hours emergency',
    'Backflow test certificate',
    'Clogged drain',
    'Frozen pipes',
  ]) {
    await picker.getByRole('checkbox', { name, exact: true }).check();
  }
  await expect(picker.getByText('10 of 10', { exact: true })).toBeVisible();
  await expect(picker.getByText(/holds 10 jobs, the most it can/)).toBeVisible();
  const search = picker.getByRole('searchbox', { name: 'Search jobs' });
  await search.fill('water leak');
  await expect(picker.getByRole('checkbox', { name: 'Water leak', exact: true })).toBeDisabled();
  await page.screenshot({ path: 'test-results/jobs-picker-10-of-10.png' });

  await search.fill('frozen');
  await picker.getByRole('checkbox', { name: 'Frozen pipes', exact: true }).uncheck();
  await expect(picker.getByText('9 of 10', { exact: true })).toBeVisible();
  await search.fill('water leak');
  await picker.getByRole('checkbox', { name: 'Water leak', exact: true }).check();
  await expect(picker.getByText('10 of 10', { exact: true })).toBeVisible();
});

test('a job created from a template is attached, and a name over 100 characters is refused with a clear message', async ({
  page,
}) => {
  const picker = await openFrontDeskJobs(page);
  await picker.getByRole('button', { name: 'Create job' }).click();
  await page.getByRole('button', { name: /Start from a template/ }).click();
  const gallery = page.getByRole('dialog', { name: 'Templates' });
  await gallery.getByRole('radio', { name: 'Qualify a lead' }).check();
  await gallery.getByRole('button', { name: 'Customize' }).click();

  const editor = page.getByRole('dialog', { name: 'New job' });
  const name = editor.getByLabel('Name', { exact: true });
  await expect(name).toHaveValue('Qualify a lead');
  await name.fill('é'.repeat(101));
  await expect(editor.getByText(/101 characters, the limit is 100/)).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Save job' })).toBeDisabled();
  await page.screenshot({ path: 'test-results/jobs-editor-over-limit.png' });

  await name.fill('Qualify a renovation lead');
  await editor.getByRole('button', { name: 'Save job' }).click();
  await expect(picker.getByText('7 of 10', { exact: true })).toBeVisible();
  await picker.getByRole('searchbox', { name: 'Search jobs' }).fill('renovation lead');
  await expect(
    picker.getByRole('checkbox', { name: 'Qualify a renovation lead', exact: true }),
  ).toBeChecked();
});

test('editing a job used by several steps shows the impact before saving', async ({ page }) => {
  await page.goto('./#/jobs');
  await page.getByRole('searchbox', { name: 'Search jobs' }).fill('take a message');
  const row = page.getByRole('row', { name: /Take a message/ });
  await row.getByRole('button', { name: /Edit/ }).click();
  const editor = page.getByRole('dialog', { name: 'Edit job' });
  await editor
    .getByLabel('Instructions', { exact: true })
    .fill('1. Ask for their name and number.\n2. Read them back.');
  await editor.getByRole('button', { name: 'Save job' }).click();
  await expect(editor.getByText(/This job is used by \d+ steps in \d+ call flows/)).toBeVisible();
  await page.screenshot({ path: 'test-results/jobs-editor-impact.png' });
  await editor.getByRole('button', { name: 'Save and apply' }).click();
  await expect(editor).toHaveCount(0);
});
