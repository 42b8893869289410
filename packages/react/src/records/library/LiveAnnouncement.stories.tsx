import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { LiveAnnouncement } from './LiveAnnouncement';

const meta = {
  title: 'Records/Library parts/LiveAnnouncement',
  component: LiveAnnouncement,
  args: { announcement: { message: 'Deleted Leak', at: 1 } },
} satisfies Meta<typeof LiveAnnouncement>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Read by screen readers, not shown: what an action did. */
export const Announced: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Deleted Leak');
  },
};

/** Nothing to say yet: the live region is there, empty, so the first announcement is read. */
export const Silent: Story = {
  args: { announcement: null },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('');
  },
};
