import { type DesignerAdapter, DesignerError, isDesignerError } from '@sona-designer/core';
import { JOB_IDS } from '@sona-designer/core/demo';
import { beforeEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../styles.css';
import { createFixtureAdapter } from '../../test/fixtures';
import { LibraryFrame } from '../../test/libraryFrame';
import { JobLibrary } from './JobLibrary';

async function renderLibrary(adapter: DesignerAdapter = createFixtureAdapter()) {
  const screen = await render(
    <LibraryFrame adapter={adapter} height="700px">
      <JobLibrary />
    </LibraryFrame>,
  );
  await expect.element(screen.getByText('26 jobs')).toBeVisible();
  return { screen, adapter };
}

beforeEach(async () => {
  await page.viewport(1280, 800);
});

/** The library over `adapter`, with Delete job pressed in the dialog of Frozen pipes (no step uses it). */
async function deleteFrozenPipes(adapter: DesignerAdapter) {
  const { screen } = await renderLibrary(adapter);
  await screen.getByRole('button', { name: 'Delete Frozen pipes' }).click();
  const dialog = screen.getByRole('dialog', { name: 'Delete Frozen pipes?' });
  await dialog.getByRole('button', { name: 'Delete job' }).click();
  return { screen, dialog };
}

describe('JobLibrary', () => {
  test('search narrows the list to the jobs whose name, description or trigger match', async () => {
    const { screen } = await renderLibrary();
    const table = screen.getByRole('table', { name: 'Jobs' });
    await expect.element(table.getByRole('row', { name: /^After-hours emergency/ })).toBeVisible();

    await userEvent.fill(screen.getByRole('searchbox', { name: 'Search jobs' }), 'leak');

    await expect.element(screen.getByText(/^\d results?$/)).toBeVisible();
    await expect.element(table.getByRole('row', { name: /^After-hours emergency/ })).not.toBeInTheDocument();
    await expect.element(table.getByRole('row', { name: /^Water leak/ })).toBeVisible();
    const rows = table.getByRole('row').elements().slice(1);
    for (const row of rows) expect(row.textContent?.toLowerCase()).toMatch(/leak/);
    // The heading keeps the workspace's total.
    await expect.element(screen.getByText('26 jobs')).toBeVisible();
  });

  test('deleting a used job lists where it is used and deletes nothing', async () => {
    const { screen, adapter } = await renderLibrary();

    await screen.getByRole('button', { name: 'Delete Billing question' }).click();

    const dialog = screen.getByRole('dialog', { name: 'Delete Billing question?' });
    await expect
      .element(
        dialog.getByText(
          'This job can’t be deleted: it is used by 2 steps in 2 call flows. Nothing was deleted.',
        ),
      )
      .toBeVisible();
    const places = dialog.getByRole('listitem');
    await expect.element(places.nth(0)).toHaveTextContent('Main line›, Front deskDraft and published');
    await expect.element(places.nth(1)).toHaveTextContent('Support line›, SupportDraft');
    await expect.element(dialog.getByRole('button', { name: 'Delete job' })).not.toBeInTheDocument();
    await dialog.getByRole('button', { name: 'Close' }).click();

    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(screen.getByRole('row', { name: /^Billing question/ })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Delete Billing question' })).toHaveFocus();
    expect((await adapter.getJob(JOB_IDS.billing)).name).toBe('Billing question');
  });

  test('when the adapter refuses the delete with IN_USE, the dialog explains it with the places it sent', async () => {
    const base = createFixtureAdapter();
    const place = {
      callFlowId: 'flow-sales',
      callFlowName: 'Sales line',
      stepId: 'sales-desk',
      stepTitle: 'Sales desk',
      inDraft: false,
      inPublished: true,
    };
    // Someone attached the job after the dialog checked: the check saw no use, the delete meets one.
    const adapter: DesignerAdapter = {
      ...base,
      getJobUsage: () => Promise.resolve([]),
      deleteJob: () =>
        Promise.reject(new DesignerError('IN_USE', 'This job is used by 1 Sona step.', { places: [place] })),
    };
    const { screen, dialog } = await deleteFrozenPipes(adapter);

    await expect.element(dialog.getByText(/it is used by 1 step in 1 call flow/)).toBeVisible();
    await expect.element(dialog.getByRole('listitem')).toHaveTextContent(/Sales line.*Sales desk.*Published/);
    await expect
      .element(dialog.getByText('Already detached in the draft: publish to free it.'))
      .toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.element(screen.getByRole('row', { name: /^Frozen pipes/ })).toBeVisible();
  });

  test('deleting an unused job removes its row, announces it and moves focus to the next row', async () => {
    const { screen, adapter } = await renderLibrary();

    await screen.getByRole('button', { name: 'Delete Frozen pipes' }).click();
    await screen.getByRole('dialog').getByRole('button', { name: 'Delete job' }).click();

    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(screen.getByRole('row', { name: /^Frozen pipes/ })).not.toBeInTheDocument();
    await expect.element(screen.getByText('25 jobs')).toBeVisible();
    await expect.element(screen.getByText('Deleted Frozen pipes')).toBeInTheDocument();
    await expect.element(screen.getByRole('button', { name: 'Edit Heat pump enquiry' })).toHaveFocus();
    await expect(adapter.getJob(JOB_IDS.frozenPipes)).rejects.toSatisfy((error) =>
      isDesignerError(error, 'NOT_FOUND'),
    );
  });

  test('a delete that meets CONFLICT says the job changed and offers to reload it first', async () => {
    const base = createFixtureAdapter();
    let first = true;
    const adapter: DesignerAdapter = {
      ...base,
      deleteJob: async (id, version) => {
        if (first) {
          first = false;
          // A teammate renames it just before: this delete carries a stale version.
          await base.updateJob(id, { description: 'Winter advice, updated.' }, version);
        }
        return base.deleteJob(id, version);
      },
    };
    const { screen, dialog } = await deleteFrozenPipes(adapter);
    await expect
      .element(dialog.getByText(/Someone changed Frozen pipes since this list was loaded/))
      .toBeVisible();

    await dialog.getByRole('button', { name: 'Reload' }).click();
    await expect.element(dialog.getByText(/Reloaded: this is the latest version/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete job' }).click();

    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(screen.getByRole('row', { name: /^Frozen pipes/ })).not.toBeInTheDocument();
  });

  test('Create job opens the editor; the new job appears first, marked New', async () => {
    const { screen } = await renderLibrary();

    await screen.getByRole('button', { name: 'Create job' }).click();
    const dialog = screen.getByRole('dialog', { name: 'New job' });
    await userEvent.fill(dialog.getByRole('textbox', { name: 'Name' }), 'Snow removal question');
    await userEvent.fill(
      dialog.getByRole('textbox', { name: 'Instructions' }),
      '1. Say we do not remove snow.',
    );
    await dialog.getByRole('button', { name: 'Save job' }).click();

    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    const first = screen.getByRole('table', { name: 'Jobs' }).getByRole('row').nth(1);
    await expect.element(first).toHaveTextContent(/^Snow removal questionNew/);
    await expect.element(screen.getByText('27 jobs')).toBeVisible();
    await expect.element(screen.getByText('Created Snow removal question')).toBeInTheDocument();
  });

  test('Edit opens the editor on the job; after saving, its row shows the change', async () => {
    const { screen } = await renderLibrary();

    await screen.getByRole('button', { name: 'Edit Frozen pipes' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Edit job' });
    const trigger = dialog.getByRole('textbox', { name: 'Trigger' });
    await userEvent.fill(trigger, 'The caller has no water after a cold night.');
    await dialog.getByRole('button', { name: 'Save job' }).click();

    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    await expect
      .element(screen.getByRole('row', { name: /^Frozen pipes/ }))
      .toHaveTextContent(/The caller has no water after a cold night\./);
    await expect.element(screen.getByRole('button', { name: 'Edit Frozen pipes' })).toHaveFocus();
  });

  test('a job created elsewhere appears without a reload', async () => {
    const { screen, adapter } = await renderLibrary();

    await adapter.createJob({ name: 'Apprentice program', instructions: '1. Take their name and school.' });

    await expect.element(screen.getByText('27 jobs')).toBeVisible();
    await expect.element(screen.getByRole('row', { name: /^Apprentice program/ })).toBeVisible();
  });

  test('read-only: no Create job, Edit or Delete; View opens the job to read', async () => {
    const screen = await render(
      <LibraryFrame readOnly height="700px">
        <JobLibrary />
      </LibraryFrame>,
    );

    await screen.getByRole('button', { name: 'View Billing question' }).click();

    await expect.element(screen.getByRole('dialog', { name: 'Job' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Create job' }).query()).toBeNull();
    expect(screen.getByRole('button', { name: /^Delete/ }).query()).toBeNull();
  });
});
