import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { InspectorFixture } from './InspectorFixture';
import { missingJobAdapter } from './missingJobAdapter';
import { SonaJobsSummary } from './SonaJobsSummary';

const meta = {
  title: 'Designer/StepInspector/SonaJobsSummary',
  component: SonaJobsSummary,
  args: { stepId: 'sona' },
} satisfies Meta<typeof SonaJobsSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ThreeJobs: Story = {
  render: (args) => (
    <InspectorFixture>
      <SonaJobsSummary {...args} />
    </InspectorFixture>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('3 of 10')).toBeVisible();
    await userEvent.click(await canvas.findByRole('button', { name: 'Detach No heat' }));
    await expect(await canvas.findByText('2 of 10')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Detach Water leak' })).toHaveFocus();
  },
};

/** Ten of ten: the most a Sona step holds. */
export const Full: Story = {
  args: { stepId: 'sona-1' },
  render: (args) => (
    <InspectorFixture flowId="flow-support">
      <SonaJobsSummary {...args} />
    </InspectorFixture>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('10 of 10')).toBeVisible();
    await expect(canvas.getByText('10 of 10 jobs attached')).toBeInTheDocument();
    await expect(await canvas.findAllByRole('button', { name: /^Detach / })).toHaveLength(10);
  },
};

export const Empty: Story = {
  render: (args) => (
    <InspectorFixture flowId="flow-errors">
      <SonaJobsSummary {...args} />
    </InspectorFixture>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('0 of 10')).toBeVisible();
    await expect(canvas.getByText(/No jobs yet/)).toBeVisible();
  },
};

/** A job deleted from the workspace reads as such, and can still be detached. */
export const MissingJob: Story = {
  render: (args) => (
    <InspectorFixture flowId="flow-missing" adapter={missingJobAdapter()}>
      <SonaJobsSummary {...args} />
    </InspectorFixture>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Deleted job (job-deleted)')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Detach Deleted job (job-deleted)' })).toBeVisible();
  },
};

export const ReadOnly: Story = {
  render: (args) => (
    <InspectorFixture readOnly>
      <SonaJobsSummary {...args} />
    </InspectorFixture>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Water leak')).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};
