import { expect, type Locator, type Page, test } from '@playwright/test';

// Two tabs of the demo in one browser share one workspace (BroadcastChannel): what a teammate editing at the same
// time looks like. Each test gets a fresh browser context, so its tabs start from the seed. The call flow's conflict
// paths are in conflicts.spec.ts.

async function openJobEditor(page: Page, name: string) {
  await page.getByRole('searchbox', { name: 'Search jobs' }).fill(name);
  await page
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('button', { name: /Edit/ })
    .click();
  return page.getByRole('dialog', { name: 'Edit job' });
}

/** Saves the job editor, confirming the impact on the steps that use the job if it asks first. */
async function saveJob(editor: Locator, outcome: 'closed' | 'conflict', button = 'Save job') {
  await editor.getByRole('button', { name: button }).click();
  const apply = editor.getByRole('button', { name: 'Save and apply' });
  const conflict = editor.getByText('Someone else changed this job');
  const settled = async () =>
    (await apply.isVisible()) ||
    (outcome === 'conflict' ? await conflict.isVisible() : (await editor.count()) === 0);
  await expect.poll(settled).toBe(true);
  if (await apply.isVisible()) await apply.click();
  if (outcome === 'closed') await expect(editor).toHaveCount(0);
  else await expect(conflict).toBeVisible();
}

test('two tabs editing the same job: the second sees the first one’s save, then a conflict view, and no text is lost', async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('./#/jobs');
  await second.goto('./#/jobs');

  const secondEditor = await openJobEditor(second, 'Clogged drain');
  const secondInstructions = secondEditor.getByLabel('Instructions', { exact: true });
  await expect(secondInstructions).not.toHaveValue('');

  // The first tab renames the job and saves.
  const firstEditor = await openJobEditor(first, 'Clogged drain');
  await firstEditor.getByLabel('Name', { exact: true }).fill('Clogged drain or sink');
  await saveJob(firstEditor, 'closed');

  // The second tab is told while it edits.
  await expect(secondEditor.getByText(/Someone else saved this job while you were editing/)).toBeVisible();
  await second.screenshot({ path: 'test-results/collaboration-remote-save.png' });

  // The second tab saves its edit of the version it opened: the conflict view compares the two.
  const myInstructions =
    '1. Ask which drain is blocked: sink, toilet, shower or floor.\n2. Offer the earliest visit.';
  await secondInstructions.fill(myInstructions);
  await saveJob(secondEditor, 'conflict');
  const name = secondEditor.getByRole('group', { name: 'Name: version to save' });
  await expect(name.getByRole('radio', { name: 'Keep theirs' })).toBeChecked();
  const instructions = secondEditor.getByRole('group', { name: 'Instructions: version to save' });
  await expect(instructions.getByRole('radio', { name: 'Take yours' })).toBeChecked();
  await second.screenshot({ path: 'test-results/collaboration-job-conflict.png' });

  // Saving the merge keeps both: their name and my instructions, in both tabs.
  await saveJob(secondEditor, 'closed', 'Save merged job');
  await expect(second.getByRole('row', { name: /Clogged drain or sink/ })).toBeVisible();
  const merged = await openJobEditor(first, 'Clogged drain or sink');
  await expect(merged.getByLabel('Name', { exact: true })).toHaveValue('Clogged drain or sink');
  await expect(merged.getByLabel('Instructions', { exact: true })).toHaveValue(myInstructions);
});
