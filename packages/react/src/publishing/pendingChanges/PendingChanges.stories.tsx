import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { FixtureStory } from '../../test/FixtureStory';
import { FIXTURE_FLOWS } from '../../test/fixtures';
import { PendingChanges } from './PendingChanges';

const meta = {
  title: 'Designer/PendingChanges',
  component: PendingChanges,
  render: (args, { globals }) => (
    <FixtureStory theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <div style={{ maxWidth: '28rem' }}>
        <PendingChanges {...args} />
      </div>
    </FixtureStory>
  ),
} satisfies Meta<typeof PendingChanges>;

export default meta;
type Story = StoryObj<typeof meta>;

export const MainLine: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: /Front desk/ })).toBeVisible();
    await waitFor(() =>
      expect(canvas.getByText('Job attached: “\u2068Technician arrival time\u2069”')).toBeVisible(),
    );
  },
};

/** Edits of the draft: a renamed step, a removed step and new connections, all in words. */
export const ManyChanges: Story = {
  render: (args, { globals }) => (
    <FixtureStory
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
      saveDelayMs={600_000}
      setup={(store) => {
        store.getState().updateStep('after-hours', { title: 'Night desk' }, 'Edit');
        store.getState().select(['voicemail']);
        store.getState().deleteSelection('Delete');
        store.getState().connect('after-hours', 'done', 'front-desk-end', 'Connect');
      }}
    >
      <div style={{ maxWidth: '28rem' }}>
        <PendingChanges {...args} />
      </div>
    </FixtureStory>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Renamed (was “\u2068After hours\u2069”)')).toBeVisible();
    await expect(canvas.getByText('Step removed')).toBeVisible();
    await expect(canvas.getByText('New connection: \u2068Done\u2069 → “\u2068End call\u2069”')).toBeVisible();
  },
};

export const UpToDate: Story = {
  render: (args, { globals }) => (
    <FixtureStory theme={globals.theme === 'dark' ? 'dark' : 'light'} flowId={FIXTURE_FLOWS.sales}>
      <PendingChanges {...args} />
    </FixtureStory>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Nothing to publish/)).toBeVisible();
  },
};

export const French: Story = {
  render: (args, { globals }) => (
    <FixtureStory theme={globals.theme === 'dark' ? 'dark' : 'light'} locale="fr">
      <div style={{ maxWidth: '28rem' }}>
        <PendingChanges {...args} />
      </div>
    </FixtureStory>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Modifié : message d’accueil')).toBeVisible();
    await expect(canvas.getByText(/ne font pas partie de la publication/)).toBeVisible();
  },
};
