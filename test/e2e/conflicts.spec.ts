import { expect, type Page, test } from '@playwright/test';

// Two tabs of the demo share one workspace. Whoever loses a race keeps both versions within reach, and a save over
// someone else's newer edit only ever happens by an explicit choice.

const DIALOG = 'Someone else changed this call flow';

async function openSupportLine(first: Page, second: Page) {
  await first.goto('./#/flows/flow-support');
  // The second tab is on a slow network: its save reaches the workspace after the first tab's.
  await second.goto('./?latency=6000#/flows/flow-support');
  for (const page of [first, second]) {
    await expect(page.getByRole('group', { name: 'Sona step: Support' })).toBeVisible({ timeout: 15_000 });
  }
}

async function addBelowSupport(page: Page, kind: 'Voicemail' | 'Play audio') {
  await page.getByRole('group', { name: 'Sona step: Support' }).focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('button', { name: new RegExp(`^${kind}`) })
    .first()
    .press('Enter');
  await expect(page.getByRole('group', { name: `${kind} step: ${kind}` })).toHaveCount(1);
}

/** Both tabs edit; the first saves first, so the second meets the conflict dialog. */
async function race(first: Page, second: Page) {
  await openSupportLine(first, second);
  await addBelowSupport(second, 'Voicemail');
  await addBelowSupport(first, 'Play audio');
  await expect(first.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const dialog = second.getByRole('dialog', { name: DIALOG });
  await expect(dialog).toBeVisible({ timeout: 25_000 });
  await expect(dialog.getByText('Play audio', { exact: false }).first()).toBeVisible();
  await second.screenshot({ path: test.info().outputPath('flow-conflict.png') });
  return dialog;
}

test('Reload theirs then Undo brings mine back without saving it over theirs: the conflict asks again', async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  const dialog = await race(first, second);

  await dialog.getByRole('button', { name: 'Reload theirs' }).click();
  await expect(second.getByRole('group', { name: 'Play audio step: Play audio' })).toHaveCount(1);
  await expect(second.getByRole('group', { name: 'Voicemail step: Voicemail' })).toHaveCount(0);

  await second.getByRole('button', { name: 'Undo', exact: true }).click();
  // Mine is back, and the choice is asked again instead of a silent save over theirs: the dialog shows both.
  const again = second.getByRole('dialog', { name: DIALOG });
  await expect(again).toBeVisible();
  await expect(again.getByText('Only in yours')).toBeVisible();
  await expect(again.getByText('Only in theirs')).toBeVisible();
  await again.getByRole('button', { name: 'Decide later' }).click();
  await expect(second.getByRole('group', { name: 'Voicemail step: Voicemail' })).toHaveCount(1);
  await second.screenshot({ path: test.info().outputPath('undo-after-reload.png') });
  // Nothing is sent: the status says so, and their version is still the stored one (the first tab keeps its step).
  await expect(second.getByRole('status').filter({ hasText: 'Not saved: changed elsewhere' })).toBeVisible();
  await expect(second.getByRole('status').filter({ hasText: 'Saving' })).toHaveCount(0);
  await expect(first.getByRole('group', { name: 'Play audio step: Play audio' })).toHaveCount(1);
  await expect(first.getByRole('group', { name: 'Voicemail step: Voicemail' })).toHaveCount(0);
});

test('Keep mine overwrites knowingly, and the tab that lost is told and can bring its version back', async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  const dialog = await race(first, second);

  await dialog.getByRole('button', { name: 'Keep mine and overwrite' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible({ timeout: 15_000 });
  await expect(first.getByRole('group', { name: 'Voicemail step: Voicemail' })).toHaveCount(1);
  await expect(first.getByRole('group', { name: 'Play audio step: Play audio' })).toHaveCount(0);
  await expect(first.getByRole('dialog', { name: DIALOG })).toHaveCount(0);
  // The first tab is told what happened and how to get its version back.
  await expect(
    first.getByText('Updated with changes saved elsewhere. Undo brings your version back.'),
  ).toBeAttached();

  await first.getByRole('button', { name: 'Undo', exact: true }).click();
  // Bringing it back is not a silent overwrite either: the first tab is asked, with both versions in view.
  const asked = first.getByRole('dialog', { name: DIALOG });
  await expect(asked).toBeVisible();
  await expect(asked.getByText('Only in yours')).toBeVisible();
  await asked.getByRole('button', { name: 'Decide later' }).click();
  await expect(first.getByRole('group', { name: 'Play audio step: Play audio' })).toHaveCount(1);
  await expect(second.getByRole('group', { name: 'Voicemail step: Voicemail' })).toHaveCount(1);
});
