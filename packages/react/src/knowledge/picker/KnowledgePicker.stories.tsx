import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import {
  createEmptyWorkspaceAdapter,
  EMPTY_FLOW_ID,
  EMPTY_FLOW_SONA,
  withFailingLists,
  withPendingLists,
} from '../../test/jobsFixtures';
import { FRONT_DESK, pickerStoryRender } from '../../test/jobsHarness';
import { KnowledgePicker } from './KnowledgePicker';

const meta = {
  title: 'Jobs/KnowledgePicker',
  component: KnowledgePicker,
  args: { open: true, onOpenChange: () => {}, stepId: FRONT_DESK },
  // Open dialogs cover the page: on the Docs page each story gets its own frame.
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, height: '640px' } } },
  render: pickerStoryRender('knowledge'),
} satisfies Meta<typeof KnowledgePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

async function openDialog(canvasElement: HTMLElement, name = 'Add knowledge') {
  return within(await within(canvasElement).findByRole('dialog', { name }, { timeout: 5000 }));
}

/** The Front desk uses two of the four pages; the note says what is live and what waits for publish. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(await dialog.findByText('4 pages')).toBeVisible();
    await expect(dialog.getByText('2 attached')).toBeVisible();
    await expect(dialog.getByRole('checkbox', { name: 'Prices / Tarifs' })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: 'Policies / Politiques' })).not.toBeChecked();
    await expect(dialog.getByText(/checking or unchecking changes the draft only/)).toBeVisible();
    await userEvent.click(dialog.getByRole('checkbox', { name: 'Policies / Politiques' }));
    await expect(dialog.getByText('3 attached')).toBeVisible();
  },
};

export const Search: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await userEvent.type(await dialog.findByRole('searchbox', { name: 'Search knowledge' }), 'tarifs');
    await expect(await dialog.findByText('1 page matches')).toBeVisible();
    await expect(dialog.getAllByRole('checkbox')).toHaveLength(1);
    await userEvent.clear(dialog.getByRole('searchbox', { name: 'Search knowledge' }));
    await userEvent.type(dialog.getByRole('searchbox', { name: 'Search knowledge' }), 'parking');
    await expect(await dialog.findByText('No pages match “parking”')).toBeVisible();
  },
};

export const EmptyWorkspace: Story = {
  parameters: {
    fixture: { makeAdapter: createEmptyWorkspaceAdapter, flowId: EMPTY_FLOW_ID, stepId: EMPTY_FLOW_SONA },
  },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(await dialog.findByText('No knowledge pages yet')).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: { fixture: { makeAdapter: () => withPendingLists() } },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(await dialog.findByText('Loading pages…')).toBeVisible();
  },
};

export const LoadFailed: Story = {
  parameters: { fixture: { makeAdapter: () => withFailingLists(undefined, 1) } },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(
      await dialog.findByText('The workspace could not be reached. Your work is kept: try again.'),
    ).toBeVisible();
    await userEvent.click(dialog.getByRole('button', { name: 'Retry' }));
    await expect(await dialog.findByRole('checkbox', { name: 'Prices / Tarifs' })).toBeChecked();
  },
};

export const ReadOnly: Story = {
  parameters: { fixture: { readOnly: true } },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(await dialog.findByRole('checkbox', { name: 'Prices / Tarifs' })).toBeDisabled();
  },
};

export const French: Story = {
  parameters: { fixture: { locale: 'fr' } },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement, 'Ajouter des connaissances');
    await expect(await dialog.findByText('4 pages')).toBeVisible();
    await expect(dialog.getByRole('searchbox', { name: 'Rechercher des connaissances' })).toBeVisible();
    await expect(dialog.getByText(/atteint les appelants quand le flux d’appels est publié/)).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(await dialog.findByRole('checkbox', { name: 'Prices / Tarifs' })).toBeChecked();
  },
};
