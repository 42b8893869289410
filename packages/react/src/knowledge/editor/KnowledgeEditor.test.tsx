import type { DesignerAdapter, KnowledgePage } from '@sona-designer/core';
import { KNOWLEDGE_IDS } from '@sona-designer/core/demo';
import { useState } from 'react';
import { beforeEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../styles.css';
import {
  accentedContent,
  createLibraryAdapter,
  withFailingKnowledgeSaves,
  withRemoteKnowledgeEdit,
} from '../../test/libraryFixtures';
import { LibraryFrame } from '../../test/libraryFrame';
import { KnowledgeEditor } from './KnowledgeEditor';

function Opener({ pageId, onSaved }: { pageId?: string; onSaved(page: KnowledgePage): void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <KnowledgeEditor open={open} onOpenChange={setOpen} {...(pageId ? { pageId } : {})} onSaved={onSaved} />
    </>
  );
}

async function openEditor(
  options: { adapter?: DesignerAdapter; pageId?: string; locale?: 'en' | 'fr' } = {},
) {
  const adapter = options.adapter ?? createLibraryAdapter();
  const saved: KnowledgePage[] = [];
  const screen = await render(
    <LibraryFrame adapter={adapter} height="auto" locale={options.locale ?? 'en'}>
      <Opener pageId={options.pageId ?? KNOWLEDGE_IDS.prices} onSaved={(page) => saved.push(page)} />
    </LibraryFrame>,
  );
  await screen.getByRole('button', { name: 'Open' }).click();
  return { screen, adapter, saved };
}

beforeEach(async () => {
  await page.viewport(1280, 800);
});

describe('KnowledgeEditor', () => {
  test('content past 20,000 characters blocks saving and says by how much; nothing is stored', async () => {
    const { screen, adapter, saved } = await openEditor();
    const dialog = screen.getByRole('dialog', { name: 'Edit knowledge page' });
    const content = dialog.getByRole('textbox', { name: 'Content' });
    await expect.element(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('Prices / Tarifs');

    await userEvent.fill(content, accentedContent(20_001));

    await expect.element(dialog.getByText('20,001 / 20,000')).toBeVisible();
    await expect.element(dialog.getByText('1 over the limit')).toBeVisible();
    await dialog.getByRole('button', { name: 'Save page' }).click();
    await expect
      .element(
        dialog.getByText('Content is too long: 20,001 characters, the limit is 20,000. Shorten it by 1.'),
      )
      .toBeVisible();
    await expect.element(content).toHaveFocus();
    await expect.element(content).toHaveAttribute('aria-invalid', 'true');
    expect(saved).toEqual([]);
    expect((await adapter.getKnowledge(KNOWLEDGE_IDS.prices)).version).toBe(1);

    // Back to the limit exactly (accents and emoji count one each): it saves.
    await userEvent.fill(content, accentedContent(20_000));
    await dialog.getByRole('button', { name: 'Save page' }).click();
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    expect((await adapter.getKnowledge(KNOWLEDGE_IDS.prices)).content).toBe(accentedContent(20_000));
  });

  test('a conflict shows both texts; editing the merge keeps their title and every word typed here', async () => {
    const theirs = 'Service call: 139 $ plus taxes (new rate from January 1).';
    const mine = 'Service call: 125 $ for members of the maintenance plan.';
    const adapter = withRemoteKnowledgeEdit(createLibraryAdapter(), KNOWLEDGE_IDS.prices, {
      title: 'Prices 2026 / Tarifs 2026',
      content: theirs,
    });
    const { screen, saved } = await openEditor({ adapter });
    const dialog = screen.getByRole('dialog', { name: 'Edit knowledge page' });
    await userEvent.fill(dialog.getByRole('textbox', { name: 'Content' }), mine);
    await dialog.getByRole('button', { name: 'Save page' }).click();

    await expect.element(dialog.getByRole('heading', { name: 'Someone else saved this page' })).toBeVisible();
    await expect.element(dialog.getByText(theirs)).toBeVisible();
    await expect.element(dialog.getByText(mine)).toBeVisible();
    expect(saved).toEqual([]);

    await dialog.getByRole('button', { name: 'Edit before saving' }).click();

    await expect
      .element(dialog.getByRole('textbox', { name: 'Title' }))
      .toHaveValue('Prices 2026 / Tarifs 2026');
    await expect.element(dialog.getByRole('textbox', { name: 'Content' })).toHaveValue(mine);
    await dialog.getByRole('button', { name: 'Save page' }).click();
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    expect(saved.at(-1)).toMatchObject({ title: 'Prices 2026 / Tarifs 2026', content: mine, version: 3 });
  });

  test('taking their content in the conflict view saves theirs, and mine could be copied first', async () => {
    const adapter = withRemoteKnowledgeEdit(createLibraryAdapter(), KNOWLEDGE_IDS.prices, {
      content: 'Their text.',
    });
    const { screen, saved } = await openEditor({ adapter });
    const dialog = screen.getByRole('dialog', { name: 'Edit knowledge page' });
    await userEvent.fill(dialog.getByRole('textbox', { name: 'Content' }), 'My text.');
    await dialog.getByRole('button', { name: 'Save page' }).click();

    const choice = dialog.getByRole('group', { name: 'Content: version to save' });
    await choice.getByRole('radio', { name: 'Take theirs' }).click();
    await expect.element(dialog.getByRole('button', { name: 'Copy yours' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Save these choices' }).click();

    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    expect(saved.at(-1)).toMatchObject({ content: 'Their text.', version: 2 });
  });

  test('a failed save keeps the text and says so; Retry saves it', async () => {
    const adapter = withFailingKnowledgeSaves(createLibraryAdapter(), 1);
    const { screen, saved } = await openEditor({ adapter });
    const dialog = screen.getByRole('dialog', { name: 'Edit knowledge page' });
    await userEvent.fill(dialog.getByRole('textbox', { name: 'Title' }), 'Prices (2026)');
    await dialog.getByRole('button', { name: 'Save page' }).click();

    await expect.element(dialog.getByRole('alert')).toHaveTextContent(/Couldn’t save.*Your text is kept/);
    await expect.element(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('Prices (2026)');
    await dialog.getByRole('button', { name: 'Retry' }).click();

    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    expect(saved.at(-1)?.title).toBe('Prices (2026)');
    await expect.element(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });

  test('closing with unsaved changes asks first; Keep editing keeps the text, Discard closes', async () => {
    const { screen, adapter } = await openEditor();
    const dialog = screen.getByRole('dialog', { name: 'Edit knowledge page' });
    await userEvent.type(dialog.getByRole('textbox', { name: 'Title' }), '!');

    await userEvent.keyboard('{Escape}');
    const confirm = screen.getByRole('alertdialog', { name: 'Discard your changes?' });
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    await expect.element(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('Prices / Tarifs!');

    await dialog.getByRole('button', { name: 'Close' }).click();
    await screen.getByRole('alertdialog').getByRole('button', { name: 'Discard changes' }).click();
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    expect((await adapter.getKnowledge(KNOWLEDGE_IDS.prices)).title).toBe('Prices / Tarifs');
  });

  test('a page deleted while it is edited can be saved as a new page', async () => {
    const base = createLibraryAdapter();
    const { screen, adapter, saved } = await openEditor({ adapter: base, pageId: 'kb-winter-promo' });
    const dialog = screen.getByRole('dialog', { name: 'Edit knowledge page' });
    await userEvent.fill(dialog.getByRole('textbox', { name: 'Content' }), 'Promotion renewed for 2026.');
    await adapter.deleteKnowledge('kb-winter-promo', 1);
    await dialog.getByRole('button', { name: 'Save page' }).click();

    await expect.element(dialog.getByRole('alert')).toHaveTextContent(/Someone deleted this page/);
    await dialog.getByRole('button', { name: 'Save as new page' }).click();

    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    expect(saved.at(-1)).toMatchObject({ content: 'Promotion renewed for 2026.', version: 1 });
    expect(saved.at(-1)?.id).not.toBe('kb-winter-promo');
  });

  test('French: the fields, counter and errors in French', async () => {
    const { screen } = await openEditor({ locale: 'fr' });
    const dialog = screen.getByRole('dialog', { name: 'Modifier la page de connaissances' });
    await userEvent.fill(dialog.getByRole('textbox', { name: 'Titre' }), '');
    await dialog.getByRole('button', { name: 'Enregistrer la page' }).click();
    await expect
      .element(
        dialog.getByText('Le titre est obligatoire : nommez la page, par exemple « Heures d’ouverture ».'),
      )
      .toBeVisible();
  });
});
