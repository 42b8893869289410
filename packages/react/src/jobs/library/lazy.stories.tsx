import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { LibraryFrame } from '../../test/libraryFrame';
import { JobLibraryLoading, LazyJobLibrary } from './lazy';

/**
 * The job library as the package exports it: loaded on demand, with a skeleton of its own size for the moment its
 * code downloads, so the page does not jump when the rows arrive.
 */
const meta = {
  title: 'Jobs/JobLibrary/Loaded on demand',
  component: LazyJobLibrary,
  render: (_args, { globals }) => (
    <LibraryFrame theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <LazyJobLibrary />
    </LibraryFrame>
  ),
} satisfies Meta<typeof LazyJobLibrary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** While the code downloads: the frame of the page, busy, saying what is loading. */
export const Loading: Story = {
  render: (_args, { globals }) => (
    <LibraryFrame theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <JobLibraryLoading />
    </LibraryFrame>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Loading jobs…')).toBeInTheDocument();
    await expect(canvas.getByText('Loading jobs…').closest('section')).toHaveAttribute('aria-busy', 'true');
  },
};

/** Once loaded: the library itself, in the same place. */
export const Loaded: Story = {
  play: async ({ canvas }) => {
    const table = await canvas.findByRole('table', { name: 'Jobs' });
    await expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
  },
};
