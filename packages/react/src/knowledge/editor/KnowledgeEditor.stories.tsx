import type { DesignerAdapter, KnowledgeInput, KnowledgePage } from '@sona-designer/core';
import { KNOWLEDGE_IDS } from '@sona-designer/core/demo';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Locale } from '../../i18n';
import {
  accentedContent,
  createLibraryAdapter,
  withFailingKnowledgeSaves,
  withRemoteKnowledgeEdit,
} from '../../test/libraryFixtures';
import { LibraryFrame } from '../../test/libraryFrame';
import { KnowledgeEditor } from './KnowledgeEditor';

/** What a story sets in `parameters.harness` (the opening hours' page by default). */
type HarnessFixture = Omit<HarnessProps, 'theme'>;

interface HarnessProps {
  pageId?: string | undefined;
  initial?: Partial<KnowledgeInput>;
  makeAdapter?: () => DesignerAdapter;
  locale?: Locale;
  readOnly?: boolean;
  theme: 'light' | 'dark';
}

function OpenEditor({ pageId, initial }: Pick<HarnessProps, 'pageId' | 'initial'>) {
  const [open, setOpen] = useState(true);
  const [saved, setSaved] = useState<KnowledgePage | null>(null);
  return (
    <>
      <button type="button" className="sona-button" onClick={() => setOpen(true)}>
        Open the editor
      </button>
      <p role="status">{saved ? `Stored “${saved.title}”, version ${saved.version}` : ''}</p>
      <KnowledgeEditor
        open={open}
        onOpenChange={setOpen}
        {...(pageId ? { pageId } : {})}
        {...(initial ? { initial } : {})}
        onSaved={setSaved}
      />
    </>
  );
}

/** The editor open over a page with a button to reopen it and a line that says what `onSaved` received. */
function Harness({ makeAdapter = createLibraryAdapter, locale, readOnly, theme, ...props }: HarnessProps) {
  return (
    <LibraryFrame
      makeAdapter={makeAdapter}
      theme={theme}
      height="auto"
      {...(locale ? { locale } : {})}
      readOnly={readOnly ?? false}
    >
      <OpenEditor {...props} />
    </LibraryFrame>
  );
}

const theme = (globals: Record<string, unknown>) => (globals.theme === 'dark' ? 'dark' : 'light');

const meta = {
  title: 'Knowledge/KnowledgeEditor',
  component: KnowledgeEditor,
  // Open dialogs cover the page: on the Docs page each story gets its own frame.
  parameters: { docs: { story: { inline: false, height: '640px' } } },
  args: { open: true, onOpenChange: () => {} },
  render: (_args, { parameters, globals }) => (
    <Harness
      pageId={KNOWLEDGE_IDS.hours}
      {...(parameters.harness as HarnessFixture)}
      theme={theme(globals)}
    />
  ),
} satisfies Meta<typeof KnowledgeEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Editing the opening hours: the note says content edits are live and where the page is used. */
export const EditPage: Story = {
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: 'Edit knowledge page' });
    await expect(await within(dialog).findByRole('textbox', { name: 'Title' })).toHaveValue(
      'Opening hours / Heures d’ouverture',
    );
    await expect(within(dialog).getByText(/Content edits are live: once saved/)).toBeVisible();
    await expect(
      await within(dialog).findByText(/This page is used by 2 steps in \d call flows?\./),
    ).toBeVisible();
    const content = within(dialog).getByRole('textbox', { name: 'Content' }) as HTMLTextAreaElement;
    await expect(content.value).toMatch(/^Open Monday to Friday/);
  },
};

/** Save page stores the edit and closes; `onSaved` gets the new version. */
export const SaveEdit: Story = {
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: 'Edit knowledge page' });
    const content = await within(dialog).findByRole('textbox', { name: 'Content' });
    await userEvent.type(content, '{Enter}Closed on December 25 and 26.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save page' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Stored “Opening hours / Heures d’ouverture”, version 2',
    );
  },
};

/** A new page: saving empty says what each field needs. */
export const NewPage: Story = {
  parameters: { harness: { pageId: undefined } },
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: 'New knowledge page' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save page' }));
    await expect(
      await within(dialog).findByText('Title is required: name the page, such as “Opening hours”.'),
    ).toBeVisible();
    await expect(within(dialog).getByText('Content is required: write what Sona should know.')).toBeVisible();
    await expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveFocus();
  },
};

/** Content at exactly 20,000 characters (accents and an emoji count one each): allowed. */
export const ContentAtLimit: Story = {
  parameters: {
    harness: {
      pageId: undefined,
      initial: { title: 'Service details / Détails du service', content: accentedContent(20_000) },
    },
  },
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: 'New knowledge page' });
    await expect(within(dialog).getByText('20,000 / 20,000')).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save page' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Stored “Service details / Détails du service”',
    );
  },
};

/** Over 20,000 characters: the counter and the error say by how much, and nothing is saved. */
export const ContentOverLimit: Story = {
  parameters: {
    harness: {
      pageId: undefined,
      initial: { title: 'Service details / Détails du service', content: accentedContent(20_012) },
    },
  },
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: 'New knowledge page' });
    await expect(within(dialog).getByText('20,012 / 20,000')).toBeVisible();
    await expect(within(dialog).getByText('12 over the limit')).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save page' }));
    await expect(
      await within(dialog).findByText(
        'Content is too long: 20,012 characters, the limit is 20,000. Shorten it by 12.',
      ),
    ).toBeVisible();
    await expect(within(dialog).getByRole('textbox', { name: 'Content' })).toHaveFocus();
    await expect(canvas.queryByText(/^Stored/)).toBeNull();
  },
};

/** Someone saved the page while it was being edited: theirs and yours side by side, a choice per field, Copy. */
export const Conflict: Story = {
  parameters: {
    harness: {
      pageId: KNOWLEDGE_IDS.prices,
      makeAdapter: () =>
        withRemoteKnowledgeEdit(createLibraryAdapter(), KNOWLEDGE_IDS.prices, {
          title: 'Prices 2026 / Tarifs 2026',
          content: 'Service call: 139 $ plus taxes (new rate from January 1).',
        }),
    },
  },
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: 'Edit knowledge page' });
    const content = await within(dialog).findByRole('textbox', { name: 'Content' });
    await userEvent.clear(content);
    await userEvent.type(content, 'Service call: 125 $ for members of the maintenance plan.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save page' }));

    await expect(
      await within(dialog).findByRole('heading', { name: 'Someone else saved this page' }),
    ).toHaveFocus();
    await expect(
      within(dialog).getByText('Service call: 139 $ plus taxes (new rate from January 1).'),
    ).toBeVisible();
    await expect(
      within(dialog).getByText('Service call: 125 $ for members of the maintenance plan.'),
    ).toBeVisible();
    await expect(within(dialog).getByText('Only they changed it')).toBeVisible();
    await expect(within(dialog).getByText('You both changed it')).toBeVisible();
    const titleChoice = within(dialog).getByRole('group', { name: 'Title: version to save' });
    await expect(within(titleChoice).getByRole('radio', { name: 'Take theirs' })).toBeChecked();
    const contentChoice = within(dialog).getByRole('group', { name: 'Content: version to save' });
    await expect(within(contentChoice).getByRole('radio', { name: 'Keep mine' })).toBeChecked();
    await expect(within(dialog).getAllByRole('button', { name: 'Copy yours' }).length).toBeGreaterThan(0);
  },
};

/** Saving the choices: their new title, your content; nothing typed was lost. */
export const ConflictResolved: Story = {
  parameters: Conflict.parameters,
  play: async (context) => {
    await Conflict.play?.(context);
    const { canvas } = context;
    const dialog = canvas.getByRole('dialog', { name: 'Edit knowledge page' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save these choices' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Stored “Prices 2026 / Tarifs 2026”, version 3',
    );
  },
};

/** The save fails: the text stays and the error says so, with Retry. */
export const SaveFailed: Story = {
  parameters: {
    harness: {
      pageId: KNOWLEDGE_IDS.policies,
      makeAdapter: () => withFailingKnowledgeSaves(createLibraryAdapter(), 1),
    },
  },
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: 'Edit knowledge page' });
    const title = await within(dialog).findByRole('textbox', { name: 'Title' });
    await userEvent.type(title, ' (2026)');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save page' }));
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /Couldn’t save.*Your text is kept/,
    );
    await expect(title).toHaveValue('Policies / Politiques (2026)');
    await expect(within(dialog).getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

/** Retry after the failure saves the text that was kept. */
export const RetryAfterFailure: Story = {
  parameters: SaveFailed.parameters,
  play: async (context) => {
    await SaveFailed.play?.(context);
    const { canvas } = context;
    const dialog = canvas.getByRole('dialog', { name: 'Edit knowledge page' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('status')).toHaveTextContent('Stored “Policies / Politiques (2026)”');
  },
};

/** Closing with unsaved changes asks first; the safe choice, Keep editing, has focus. */
export const UnsavedChanges: Story = {
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: 'Edit knowledge page' });
    const title = await within(dialog).findByRole('textbox', { name: 'Title' });
    await userEvent.type(title, ' — updated');
    await userEvent.keyboard('{Escape}');
    const confirm = await canvas.findByRole('alertdialog', { name: 'Discard your changes?' });
    await expect(within(confirm).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await expect(within(confirm).getByRole('button', { name: 'Discard changes' })).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: {
    harness: {
      makeAdapter: () => ({ ...createLibraryAdapter(), getKnowledge: () => new Promise<never>(() => {}) }),
    },
  },
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: 'Edit knowledge page' });
    await expect(within(dialog).getByText('Loading the page…')).toBeVisible();
  },
};

export const ReadOnly: Story = {
  parameters: { harness: { readOnly: true } },
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: 'Knowledge page' });
    await expect(await within(dialog).findByRole('textbox', { name: 'Content' })).toHaveAttribute('readonly');
    await expect(within(dialog).queryByRole('button', { name: 'Save page' })).toBeNull();
    await expect(within(dialog).getAllByRole('button', { name: 'Close' }).length).toBeGreaterThan(0);
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: EditPage.play,
};

export const DarkConflict: Story = {
  ...Conflict,
  globals: { theme: 'dark' },
};

export const French: Story = {
  parameters: {
    harness: {
      pageId: undefined,
      initial: { title: 'Détails du service', content: accentedContent(20_005) },
      locale: 'fr',
    },
  },
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: 'Nouvelle page de connaissances' });
    await expect(within(dialog).getByRole('textbox', { name: 'Titre' })).toHaveValue('Détails du service');
    await expect(within(dialog).getByText(/Les modifications du contenu sont immédiates/)).toBeVisible();
    // French writes 20 005 with a narrow no-break space; the text matcher reads it as a space.
    await expect(within(dialog).getByText('20 005 / 20 000')).toBeVisible();
    await expect(within(dialog).getByText('5 caractères en trop')).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer la page' }));
    await expect(
      await within(dialog).findByText(
        'Contenu : trop long, 20 005 caractères pour une limite de 20 000. Retirez-en 5.',
      ),
    ).toBeVisible();
  },
};
