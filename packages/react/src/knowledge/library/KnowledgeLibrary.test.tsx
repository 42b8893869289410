import { type DesignerAdapter, isDesignerError } from '@sona-designer/core';
import { KNOWLEDGE_IDS } from '@sona-designer/core/demo';
import { beforeEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../styles.css';
import { createLibraryAdapter, UNUSED_PAGE } from '../../test/libraryFixtures';
import { LibraryFrame } from '../../test/libraryFrame';
import { KnowledgeLibrary } from './KnowledgeLibrary';

async function renderLibrary(adapter: DesignerAdapter = createLibraryAdapter()) {
  const screen = await render(
    <LibraryFrame adapter={adapter} height="700px">
      <KnowledgeLibrary />
    </LibraryFrame>,
  );
  await expect.element(screen.getByText('5 pages')).toBeVisible();
  return { screen, adapter };
}

beforeEach(async () => {
  await page.viewport(1280, 800);
});

describe('KnowledgeLibrary', () => {
  test('lists each page with the first line of its content, its usage, and says edits are live', async () => {
    const { screen } = await renderLibrary();

    const hours = screen.getByRole('row', { name: /^Opening hours/ });
    await expect.element(hours).toHaveTextContent(/Open Monday to Friday 7:30–17:30/);
    await expect.element(hours.getByText('Used by 2 steps in 2 call flows')).toBeVisible();
    await expect
      .element(screen.getByRole('row', { name: /^Winter promotion/ }).getByText('Not used'))
      .toBeVisible();
    await expect
      .element(
        screen.getByText(
          /Content edits are live .* attaching or detaching a page waits until the call flow is published/,
        ),
      )
      .toBeVisible();
  });

  test('search narrows the list by title', async () => {
    const { screen } = await renderLibrary();

    await userEvent.fill(screen.getByRole('searchbox', { name: 'Search knowledge' }), 'tarifs');

    await expect.element(screen.getByText('1 result')).toBeVisible();
    await expect.element(screen.getByRole('row', { name: /^Prices \/ Tarifs/ })).toBeVisible();
    await expect.element(screen.getByRole('row', { name: /^Opening hours/ })).not.toBeInTheDocument();
  });

  test('deleting a used page lists where it is used and deletes nothing', async () => {
    const { screen, adapter } = await renderLibrary();

    await screen.getByRole('button', { name: 'Delete Policies / Politiques' }).click();

    const dialog = screen.getByRole('dialog', { name: 'Delete Policies / Politiques?' });
    await expect
      .element(dialog.getByText(/This page can’t be deleted: it is used by 2 steps in/))
      .toBeVisible();
    await expect.element(dialog.getByRole('listitem').first()).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect((await adapter.getKnowledge(KNOWLEDGE_IDS.policies)).title).toBe('Policies / Politiques');
    await expect.element(screen.getByRole('row', { name: /^Policies/ })).toBeVisible();
  });

  test('deleting an unused page removes it', async () => {
    const { screen, adapter } = await renderLibrary();

    await screen.getByRole('button', { name: `Delete ${UNUSED_PAGE.title}` }).click();
    await screen.getByRole('dialog').getByRole('button', { name: 'Delete page' }).click();

    await expect.element(screen.getByRole('row', { name: /^Winter promotion/ })).not.toBeInTheDocument();
    await expect.element(screen.getByText('4 pages')).toBeVisible();
    await expect(adapter.getKnowledge(UNUSED_PAGE.id)).rejects.toSatisfy((error) =>
      isDesignerError(error, 'NOT_FOUND'),
    );
  });

  test('New page creates a page that appears first; Edit changes a row in place', async () => {
    const { screen } = await renderLibrary();

    await screen.getByRole('button', { name: 'New page' }).click();
    const create = screen.getByRole('dialog', { name: 'New knowledge page' });
    await userEvent.fill(create.getByRole('textbox', { name: 'Title' }), 'Parking / Stationnement');
    await userEvent.fill(create.getByRole('textbox', { name: 'Content' }), 'Park behind the shop.');
    await create.getByRole('button', { name: 'Save page' }).click();
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    await expect
      .element(screen.getByRole('table').getByRole('row').nth(1))
      .toHaveTextContent(/^Parking \/ StationnementNewPark behind the shop\./);
    await expect.element(screen.getByRole('button', { name: 'New page' })).toHaveFocus();

    await screen.getByRole('button', { name: 'Edit Prices / Tarifs' }).click();
    const edit = screen.getByRole('dialog', { name: 'Edit knowledge page' });
    await userEvent.fill(edit.getByRole('textbox', { name: 'Content' }), 'Service call: 129 $.');
    await edit.getByRole('button', { name: 'Save page' }).click();
    await expect
      .element(screen.getByRole('row', { name: /^Prices/ }))
      .toHaveTextContent(/Service call: 129 \$\./);
    await expect.element(screen.getByRole('button', { name: 'Edit Prices / Tarifs' })).toHaveFocus();
  });

  test('a page changed elsewhere refreshes its row', async () => {
    const { screen, adapter } = await renderLibrary();

    await adapter.updateKnowledge(KNOWLEDGE_IDS.prices, { content: 'New rates from June 1.' }, 1);

    await expect
      .element(screen.getByRole('row', { name: /^Prices/ }))
      .toHaveTextContent(/New rates from June 1\./);
  });
});
