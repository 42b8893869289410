import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { missingJobAdapter } from '../../inspector';
import { sectionStoryRender } from '../../test/sectionStory';
import { KnowledgeSection } from './KnowledgeSection';

const meta = {
  title: 'Jobs/KnowledgeSection',
  component: KnowledgeSection,
  args: { stepId: 'sona' },
  render: sectionStoryRender(KnowledgeSection),
} satisfies Meta<typeof KnowledgeSection>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  parameters: { fixture: { flowId: 'flow-errors' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('0 pages')).toBeVisible();
    await expect(canvas.getByText(/No knowledge pages yet/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Add knowledge' })).toBeVisible();
  },
};

/** Two pages on the main line's Front desk; page edits are live, attachments wait for publish. */
export const Some: Story = {
  args: { stepId: 'front-desk' },
  parameters: { fixture: { flowId: 'flow-main' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('2 pages')).toBeVisible();
    await expect(await canvas.findByText('Prices / Tarifs')).toBeVisible();
    await expect(
      canvas.getByText(/Page edits apply at once; attaching or detaching reaches callers when you publish/),
    ).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: 'Detach Opening hours / Heures d’ouverture' }),
    ).toBeVisible();
  },
};

/** A page deleted from the workspace reads "Deleted page" and can be detached. */
export const WithDeletedPage: Story = {
  parameters: { fixture: { flowId: 'flow-missing', adapter: missingJobAdapter() } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Deleted page')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Detach Deleted page' }));
    await expect(await canvas.findByText('1 page')).toBeVisible();
  },
};

/** Add knowledge opens the picker; a checked page joins the list, and Undo takes it away. */
export const AddKnowledge: Story = {
  play: async ({ canvasElement, canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Add knowledge' }));
    const dialog = within(await within(canvasElement).findByRole('dialog', { name: 'Add knowledge' }));
    await expect(dialog.getByText(/Edits to a page’s content apply at once/)).toBeVisible();
    await userEvent.click(await dialog.findByRole('checkbox', { name: 'Prices / Tarifs' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Done' }));
    await expect(await canvas.findByText('2 pages')).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Add knowledge' })).toHaveFocus());
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(await canvas.findByText('1 page')).toBeVisible();
  },
};

export const ReadOnly: Story = {
  parameters: { fixture: { readOnly: true } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Opening hours / Heures d’ouverture')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /Detach|Add knowledge/ })).toBeNull();
  },
};

export const French: Story = {
  parameters: { fixture: { locale: 'fr' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Connaissances' })).toBeVisible();
    await expect(canvas.getByText('1 page')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Ajouter des connaissances' })).toBeVisible();
    await expect(
      await canvas.findByRole('button', { name: 'Retirer Opening hours / Heures d’ouverture' }),
    ).toBeVisible();
  },
};

export const Dark: Story = {
  args: { stepId: 'front-desk' },
  parameters: { fixture: { flowId: 'flow-main' } },
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Prices / Tarifs')).toBeVisible();
  },
};
