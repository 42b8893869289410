import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

test('a workspace export, imported back with Replace, restores the work changed since', async ({ page }) => {
  await page.goto('./#/jobs');
  const library = page.getByRole('region', { name: 'Job library' });
  await expect(library.getByText('26 jobs')).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    library.getByRole('button', { name: 'Export workspace' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^dupont-plomberie-chauffage-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(backup);
  expect(JSON.parse(await readFile(backup, 'utf8')).jobs).toHaveLength(26);

  // Change the workspace: delete a job no step uses, and create another.
  await library.getByRole('button', { name: 'Delete Frozen pipes' }).click();
  await page
    .getByRole('dialog', { name: 'Delete Frozen pipes?' })
    .getByRole('button', { name: 'Delete job' })
    .click();
  await library.getByRole('button', { name: 'Create job' }).click();
  const editor = page.getByRole('dialog', { name: 'New job' });
  await editor.getByLabel('Name', { exact: true }).fill('Temporary job');
  await editor.getByLabel('Instructions', { exact: true }).fill('Take the caller’s name and number.');
  await editor.getByRole('button', { name: 'Save job' }).click();
  await expect(editor).toBeHidden();
  await expect(library.getByRole('row', { name: /^Temporary job/ })).toBeVisible();
  await expect(library.getByRole('row', { name: /^Frozen pipes/ })).toHaveCount(0);

  // Import the backup, replacing the workspace.
  await library.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import into the workspace' });
  await dialog.locator('input[type="file"]').setInputFiles(backup);
  await expect(dialog.getByRole('table')).toBeVisible();
  await dialog.getByRole('radio', { name: /Replace the workspace/ }).check();
  await expect(dialog.getByText(/^Jobs · Deleted: .*Temporary job/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('import-preview-replace.png') });
  await dialog.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Replace the workspace?');
  await dialog.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(dialog.getByText('Imported', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(dialog).toBeHidden();
  await expect(library.getByRole('button', { name: 'Import…' })).toBeFocused();

  // The work is restored, in the list as in the designer.
  await expect(library.getByText('26 jobs')).toBeVisible();
  await expect(library.getByRole('row', { name: /^Frozen pipes/ })).toBeVisible();
  await expect(library.getByRole('row', { name: /^Temporary job/ })).toHaveCount(0);
});

test('the designer exports its call flow with the jobs it uses', async ({ page }) => {
  await page.goto('./#/flows/flow-main');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export this call flow as a JSON file' }).click(),
  ]);
  const document = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'));
  expect(document.format).toBe('sona-designer/call-flow');
  expect(document.callFlow.id).toBe('flow-main');
  expect(download.suggestedFilename()).toMatch(/-\d{4}-\d{2}-\d{2}\.json$/);
  const attached = document.callFlow.draft.steps.flatMap((step: { jobIds?: string[] }) => step.jobIds ?? []);
  expect(document.jobs.map((job: { id: string }) => job.id)).toEqual(expect.arrayContaining(attached));
});
