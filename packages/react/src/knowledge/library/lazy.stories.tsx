import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { LibraryFrame } from '../../test/libraryFrame';
import { KnowledgeLibraryLoading, LazyKnowledgeLibrary } from './lazy';

/** The knowledge library as the package exports it: loaded on demand, with a skeleton of its own size meanwhile. */
const meta = {
  title: 'Knowledge/KnowledgeLibrary/Loaded on demand',
  component: LazyKnowledgeLibrary,
  render: (_args, { globals }) => (
    <LibraryFrame theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <LazyKnowledgeLibrary />
    </LibraryFrame>
  ),
} satisfies Meta<typeof LazyKnowledgeLibrary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** While the code downloads: the frame of the page, busy, saying what is loading. */
export const Loading: Story = {
  render: (_args, { globals }) => (
    <LibraryFrame theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <KnowledgeLibraryLoading />
    </LibraryFrame>
  ),
  play: async ({ canvas }) => {
    const status = canvas.getByText('Loading knowledge pages…');
    await expect(status.closest('section')).toHaveAttribute('aria-busy', 'true');
  },
};

/** Once loaded: the library itself, in the same place. */
export const Loaded: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Knowledge' })).toBeVisible();
  },
};
