import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { LibraryFrame } from '../../test/libraryFrame';
import { LibrarySkeleton } from './LibrarySkeleton';

const meta = {
  title: 'Records/Library parts/LibrarySkeleton',
  component: LibrarySkeleton,
  args: { label: 'Loading the jobs…' },
  render: (args, { globals }) => (
    <LibraryFrame height="auto" theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <LibrarySkeleton {...args} />
    </LibraryFrame>
  ),
} satisfies Meta<typeof LibrarySkeleton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** While the first page loads: said once, with placeholder rows of the list's shape. */
export const Loading: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading the jobs…');
  },
};

/** Fewer rows, in the dark theme. */
export const FewRowsDark: Story = { args: { rows: 2 }, globals: { theme: 'dark' }, play: Loading.play };
