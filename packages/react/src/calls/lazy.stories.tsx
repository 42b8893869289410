import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { LibraryFrame } from '../test/libraryFrame';
import { CallSummariesLoading, LazyCallSummaries } from './lazy';

/** The call summaries page as the package exports it: loaded on demand, saying it is loading meanwhile. */
const meta = {
  title: 'Simulator/CallSummaries/Loaded on demand',
  component: LazyCallSummaries,
  render: (_args, { globals }) => (
    <LibraryFrame theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <LazyCallSummaries />
    </LibraryFrame>
  ),
} satisfies Meta<typeof LazyCallSummaries>;

export default meta;
type Story = StoryObj<typeof meta>;

/** While the code downloads. */
export const Loading: Story = {
  render: (_args, { globals }) => (
    <LibraryFrame theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <CallSummariesLoading />
    </LibraryFrame>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading call summaries…');
  },
};

/** Once loaded: the page itself. */
export const Loaded: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Call summaries' })).toBeVisible();
  },
};
