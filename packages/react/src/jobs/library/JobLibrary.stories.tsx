import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createFixtureAdapter } from '../../test/fixtures';
import {
  createEmptyWorkspaceAdapter,
  createLargeWorkspaceAdapter,
  withFailingLists,
  withPendingLists,
} from '../../test/jobsFixtures';
import { libraryStoryRender } from '../../test/libraryFrame';
import { JobLibrary } from './JobLibrary';

const meta = {
  title: 'Jobs/JobLibrary',
  component: JobLibrary,
  render: libraryStoryRender(JobLibrary),
} satisfies Meta<typeof JobLibrary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The demo workspace: 26 jobs sorted by name, each with its trigger, where it is used and when it was edited. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Job library' })).toBeVisible();
    await expect(await canvas.findByText('26 jobs')).toBeVisible();
    const table = await canvas.findByRole('table', { name: 'Jobs' });
    const rows = within(table).getAllByRole('row');
    await expect(rows[1]).toHaveTextContent('After-hours emergency');
    const message = within(table).getByRole('row', { name: /^Billing question/ });
    await expect(await within(message).findByText(/Used by \d+ steps in \d+ call flows/)).toBeVisible();
    const unused = within(table).getByRole('row', { name: /^Frozen pipes/ });
    await expect(await within(unused).findByText('Not used')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Create job' })).toBeEnabled();
    await expect(canvas.getByRole('searchbox', { name: 'Search jobs' })).toBeVisible();
  },
};

/** 10,000 jobs: paged through the adapter, only the rows on screen in the DOM; search narrows it at once. */
export const LargeWorkspace: Story = {
  parameters: { fixture: { makeAdapter: () => createLargeWorkspaceAdapter(10_000) } },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText('10,000 jobs')).toBeVisible();
    const table = await canvas.findByRole('table', { name: 'Jobs' });
    await expect(table).toHaveAttribute('aria-rowcount', '10001');
    await expect(within(table).getAllByRole('row').length).toBeLessThan(40);

    // Scrolling past the first page loads the next one; the DOM still holds only the rows on screen.
    const scroller = canvasElement.querySelector<HTMLElement>('.sona-library__scroller');
    await waitFor(
      () => {
        scroller?.scrollTo({ top: scroller.scrollHeight });
        const indexes = within(table)
          .getAllByRole('row')
          .map((row) => Number(row.getAttribute('aria-rowindex')));
        expect(Math.max(...indexes)).toBeGreaterThan(250);
      },
      { timeout: 5000 },
    );
    await expect(within(table).getAllByRole('row').length).toBeLessThan(40);

    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search jobs' }), 'sewer camera verdun');
    await expect(await canvas.findByText(/^\d+ results?$/)).toBeVisible();
    await waitFor(() => {
      const names = within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent ?? '');
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(name).toMatch(/sewer camera inspection — Verdun/);
    });
  },
};

export const Empty: Story = {
  parameters: { fixture: { makeAdapter: createEmptyWorkspaceAdapter } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('No jobs yet')).toBeVisible();
    await expect(canvas.getByText('0 jobs')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Create job' })).toBeVisible();
    await expect(canvas.queryByRole('searchbox')).toBeNull();
  },
};

export const NoResults: Story = {
  play: async ({ canvas }) => {
    await canvas.findByRole('table', { name: 'Jobs' });
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search jobs' }), 'chimney sweep');
    await expect(await canvas.findByText('No jobs match “chimney sweep”')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Clear search' }));
    await expect(await canvas.findByRole('table', { name: 'Jobs' })).toBeVisible();
    await expect(canvas.getByRole('searchbox', { name: 'Search jobs' })).toHaveValue('');
  },
};

/** "Most used" puts the jobs of the most Sona steps first. */
export const SortedByMostUsed: Story = {
  play: async ({ canvas }) => {
    const table = await canvas.findByRole('table', { name: 'Jobs' });
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Sort by' }), 'Most used');
    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Take a message'));
    const first = within(table).getAllByRole('row')[1] as HTMLElement;
    await expect(await within(first).findByText(/Used by/)).toBeVisible();
  },
};

/** A used job cannot be deleted: the dialog says where it is used and how to free it. */
export const DeleteInUse: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete Billing question' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Delete Billing question?' });
    await expect(await within(dialog).findByText(/This job can’t be deleted: it is used by/)).toBeVisible();
    const places = within(dialog).getByRole('list');
    await expect(within(places).getAllByRole('listitem').length).toBeGreaterThan(1);
    await expect(within(places).getAllByText('Main line')[0]).toBeVisible();
    await expect(within(dialog).getByText(/detach the job from the Sona step, and publish/)).toBeVisible();
    await expect(within(dialog).queryByRole('button', { name: 'Delete job' })).toBeNull();
    await expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
  },
};

/** An unused job is deleted after confirming; its row goes and a polite status says so. */
export const DeleteUnused: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete Frozen pipes' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Delete Frozen pipes?' });
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Delete job' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.queryByRole('row', { name: /^Frozen pipes/ })).toBeNull();
    await expect(await canvas.findByText('25 jobs')).toBeVisible();
    await expect(canvas.getByText('Deleted Frozen pipes')).toBeInTheDocument();
  },
};

export const Loading: Story = {
  parameters: { fixture: { makeAdapter: () => withPendingLists(createFixtureAdapter()) } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading jobs…')).toBeVisible();
  },
};

/** The first load fails; Retry loads the list. */
export const LoadFailed: Story = {
  parameters: { fixture: { makeAdapter: () => withFailingLists(createFixtureAdapter(), 1) } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Couldn’t load the jobs.');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByRole('table', { name: 'Jobs' })).toBeVisible();
  },
};

/** Read-only: the jobs can be looked at (View), not created, edited or deleted. */
export const ReadOnly: Story = {
  parameters: { fixture: { readOnly: true } },
  play: async ({ canvas }) => {
    await canvas.findByRole('table', { name: 'Jobs' });
    await expect(canvas.getByText('Read only: you can look, not change.')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Create job' })).toBeNull();
    await expect(canvas.queryByRole('button', { name: /^Delete / })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'View Billing question' })).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: Default.play,
};

export const French: Story = {
  parameters: { fixture: { locale: 'fr' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Bibliothèque de tâches' })).toBeVisible();
    await expect(await canvas.findByText('26 tâches')).toBeVisible();
    await expect(canvas.getByRole('searchbox', { name: 'Rechercher des tâches' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Créer une tâche' })).toBeVisible();
    const table = await canvas.findByRole('table', { name: 'Tâches' });
    await expect(await within(table).findAllByText('Non utilisée')).not.toHaveLength(0);
    await userEvent.click(canvas.getByRole('button', { name: 'Supprimer Billing question' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Supprimer Billing question ?' });
    await expect(await within(dialog).findByText(/Cette tâche ne peut pas être supprimée/)).toBeVisible();
    await expect(within(dialog).getAllByText('Brouillon et version publiée')[0]).toBeVisible();
  },
};
