import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { InspectorFixture } from './InspectorFixture';
import { missingJobAdapter } from './missingJobAdapter';
import { SonaKnowledgeSummary } from './SonaKnowledgeSummary';

const meta = {
  title: 'Designer/StepInspector/SonaKnowledgeSummary',
  component: SonaKnowledgeSummary,
  args: { stepId: 'sona' },
} satisfies Meta<typeof SonaKnowledgeSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const OnePage: Story = {
  render: (args) => (
    <InspectorFixture>
      <SonaKnowledgeSummary {...args} />
    </InspectorFixture>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('1 page')).toBeVisible();
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Detach Opening hours / Heures d’ouverture' }),
    );
    await expect(await canvas.findByText('0 pages')).toBeVisible();
    // Focus moves on the next frame, once the row is gone.
    await waitFor(() => expect(canvas.getByRole('heading', { name: 'Knowledge' })).toHaveFocus());
  },
};

export const MissingPage: Story = {
  render: (args) => (
    <InspectorFixture flowId="flow-missing" adapter={missingJobAdapter()}>
      <SonaKnowledgeSummary {...args} />
    </InspectorFixture>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Deleted page (kb-deleted)')).toBeVisible();
    await expect(canvas.getByText('2 pages')).toBeVisible();
  },
};

export const French: Story = {
  render: (args) => (
    <InspectorFixture locale="fr">
      <SonaKnowledgeSummary {...args} />
    </InspectorFixture>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Connaissances' })).toBeVisible();
    await expect(canvas.getByText('1 page')).toBeVisible();
    await expect(
      await canvas.findByRole('button', { name: 'Retirer Opening hours / Heures d’ouverture' }),
    ).toBeVisible();
  },
};
