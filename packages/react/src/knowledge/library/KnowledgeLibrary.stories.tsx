import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createEmptyWorkspaceAdapter, withFailingLists, withPendingLists } from '../../test/jobsFixtures';
import { createLibraryAdapter, createManyPagesAdapter } from '../../test/libraryFixtures';
import { libraryStoryRender } from '../../test/libraryFrame';
import { KnowledgeLibrary } from './KnowledgeLibrary';

const meta = {
  title: 'Knowledge/KnowledgeLibrary',
  component: KnowledgeLibrary,
  render: libraryStoryRender(KnowledgeLibrary, { makeAdapter: createLibraryAdapter }),
} satisfies Meta<typeof KnowledgeLibrary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The demo workspace's pages plus an old unused one: title, first line, usage, last edited; the live/publish note. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Knowledge' })).toBeVisible();
    await expect(await canvas.findByText('5 pages')).toBeVisible();
    await expect(
      canvas.getByText(/Content edits are live for every Sona step that uses a page/),
    ).toBeVisible();
    const table = await canvas.findByRole('table', { name: 'Knowledge pages' });
    const hours = within(table).getByRole('row', { name: /^Opening hours/ });
    await expect(within(hours).getByText(/^Open Monday to Friday/)).toBeVisible();
    await expect(await within(hours).findByText(/Used by 2 steps in \d call flows?/)).toBeVisible();
    const promo = within(table).getByRole('row', { name: /^Winter promotion/ });
    await expect(await within(promo).findByText('Not used')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'New page' })).toBeEnabled();
  },
};

/** Edit opens the editor; the saved content shows in the row at once. */
export const EditPage: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: /^Edit Prices/ }));
    const dialog = await canvas.findByRole('dialog', { name: 'Edit knowledge page' });
    const content = await within(dialog).findByRole('textbox', { name: 'Content' });
    await userEvent.clear(content);
    await userEvent.type(content, 'Service call: 129 $ plus taxes.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save page' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    const row = canvas.getByRole('row', { name: /^Prices/ });
    await expect(within(row).getByText('Service call: 129 $ plus taxes.')).toBeVisible();
    await expect(canvas.getByText('Saved Prices / Tarifs')).toBeInTheDocument();
  },
};

/** New page creates it and shows it first, marked New. */
export const NewPage: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'New page' }));
    const dialog = await canvas.findByRole('dialog', { name: 'New knowledge page' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Parking / Stationnement');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Content' }),
      'Clients can park in the lot behind the shop.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save page' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    const table = canvas.getByRole('table', { name: 'Knowledge pages' });
    const first = within(table).getAllByRole('row')[1] as HTMLElement;
    await expect(first).toHaveTextContent('Parking / Stationnement');
    await expect(within(first).getByText('New')).toBeVisible();
    await expect(await canvas.findByText('6 pages')).toBeVisible();
  },
};

/** 2,004 pages: paged through the adapter, only the rows on screen in the DOM; search by title narrows it. */
export const LargeWorkspace: Story = {
  parameters: { fixture: { makeAdapter: () => createManyPagesAdapter(2_000) } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('2,004 pages')).toBeVisible();
    const table = await canvas.findByRole('table', { name: 'Knowledge pages' });
    await expect(within(table).getAllByRole('row').length).toBeLessThan(40);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search knowledge' }), 'parking laval 12');
    await expect(await canvas.findByText('1 result')).toBeVisible();
    await expect(
      within(table).getByRole('row', { name: /^Parking \/ Stationnement — Laval 12/ }),
    ).toBeVisible();
  },
};

export const Empty: Story = {
  parameters: { fixture: { makeAdapter: createEmptyWorkspaceAdapter } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('No knowledge pages yet')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'New page' })).toBeVisible();
  },
};

export const NoResults: Story = {
  play: async ({ canvas }) => {
    await canvas.findByRole('table', { name: 'Knowledge pages' });
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search knowledge' }), 'parking');
    await expect(await canvas.findByText('No pages match “parking”')).toBeVisible();
    await expect(canvas.getByText('Search looks at page titles. Try another word.')).toBeVisible();
  },
};

/** A used page cannot be deleted: the places are listed, with how to free it. */
export const DeleteInUse: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Delete Opening hours / Heures d’ouverture' }),
    );
    const dialog = await canvas.findByRole('dialog', { name: 'Delete Opening hours / Heures d’ouverture?' });
    await expect(
      await within(dialog).findByText(/This page can’t be deleted: it is used by 2 steps/),
    ).toBeVisible();
    await expect(within(dialog).getAllByRole('listitem')).toHaveLength(2);
    await expect(within(dialog).getByText(/detach the page from the Sona step, and publish/)).toBeVisible();
  },
};

export const DeleteUnused: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: /^Delete Winter promotion/ }));
    const dialog = await canvas.findByRole('dialog', { name: /^Delete Winter promotion/ });
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Delete page' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.queryByRole('row', { name: /^Winter promotion/ })).toBeNull();
    await expect(await canvas.findByText('4 pages')).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: { fixture: { makeAdapter: () => withPendingLists(createLibraryAdapter()) } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading knowledge pages…')).toBeVisible();
  },
};

export const LoadFailed: Story = {
  parameters: { fixture: { makeAdapter: () => withFailingLists(createLibraryAdapter(), 1) } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Couldn’t load the knowledge pages.');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByRole('table', { name: 'Knowledge pages' })).toBeVisible();
  },
};

/** Read-only: pages can be opened to read, not created, edited or deleted. */
export const ReadOnly: Story = {
  parameters: { fixture: { readOnly: true } },
  play: async ({ canvas }) => {
    await canvas.findByRole('table', { name: 'Knowledge pages' });
    await expect(canvas.queryByRole('button', { name: 'New page' })).toBeNull();
    await expect(canvas.queryByRole('button', { name: /^Delete / })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'View Prices / Tarifs' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Knowledge page' });
    await expect(await within(dialog).findByRole('textbox', { name: 'Title' })).toHaveAttribute('readonly');
    await expect(within(dialog).queryByRole('button', { name: 'Save page' })).toBeNull();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: Default.play,
};

export const French: Story = {
  parameters: { fixture: { locale: 'fr' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Connaissances' })).toBeVisible();
    await expect(await canvas.findByText('5 pages')).toBeVisible();
    await expect(canvas.getByRole('searchbox', { name: 'Rechercher dans les connaissances' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Nouvelle page' })).toBeVisible();
    const table = await canvas.findByRole('table', { name: 'Pages de connaissances' });
    await expect(await within(table).findByText('Non utilisée')).toBeVisible();
    await expect(await within(table).findAllByText(/Utilisée par 2 étapes dans/)).not.toHaveLength(0);
  },
};
