import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { FixtureStory } from '../test/FixtureStory';
import { LazyPendingChanges, PendingChangesLoading } from './lazy';

/** The list of unpublished changes as the package exports it: loaded on demand, saying it is loading meanwhile. */
const meta = {
  title: 'Designer/PendingChanges/Loaded on demand',
  component: LazyPendingChanges,
  render: (_args, { globals }) => (
    <FixtureStory theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <div style={{ maxWidth: '28rem' }}>
        <LazyPendingChanges />
      </div>
    </FixtureStory>
  ),
} satisfies Meta<typeof LazyPendingChanges>;

export default meta;
type Story = StoryObj<typeof meta>;

/** While the code downloads: the panel's frame, busy. */
export const Loading: Story = {
  render: (_args, { globals }) => (
    <FixtureStory theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <div style={{ maxWidth: '28rem' }}>
        <PendingChangesLoading />
      </div>
    </FixtureStory>
  ),
  play: async ({ canvas }) => {
    const status = await canvas.findByRole('status');
    await expect(status).toHaveTextContent('Loading…');
    await expect(status.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true');
  },
};

/** Once loaded: the main line's changes, in words. */
export const Loaded: Story = {
  play: async ({ canvas }) => {
    await waitFor(() =>
      expect(canvas.getByText('Job attached: “\u2068Technician arrival time\u2069”')).toBeVisible(),
    );
  },
};
