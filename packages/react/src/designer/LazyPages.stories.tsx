import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { LazyCallSummaries } from '../calls/lazy';
import { LazyJobLibrary } from '../jobs/lazy';
import { LazyKnowledgeLibrary } from '../knowledge/lazy';
import { LibraryFrame } from '../test/libraryFrame';

/**
 * The public exports of the pages a host places itself are loaded on demand: they show their own loading state
 * (sized like the page) for the moment their code downloads, then the page.
 */
const meta = {
  title: 'Designer/Pages loaded on demand',
  component: LazyJobLibrary,
  render: (_args, { globals }) => (
    <LibraryFrame theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <LazyJobLibrary />
    </LibraryFrame>
  ),
} satisfies Meta<typeof LazyJobLibrary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const JobLibrary: Story = {
  play: async ({ canvas }) => {
    const table = await canvas.findByRole('table', { name: 'Jobs' });
    await expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
  },
};

export const KnowledgeLibrary: Story = {
  render: (_args, { globals }) => (
    <LibraryFrame theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <LazyKnowledgeLibrary />
    </LibraryFrame>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Knowledge' })).toBeVisible();
  },
};

export const CallSummaries: Story = {
  render: (_args, { globals }) => (
    <LibraryFrame theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <LazyCallSummaries />
    </LibraryFrame>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Call summaries' })).toBeVisible();
  },
};
