import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { LibraryFrame } from '../test/libraryFrame';
import { LazyKnowledgeEditor } from './lazy';

/** The knowledge page editor as the package exports it: nothing renders until it opens, then its code loads. */
const meta = {
  title: 'Knowledge/Dialogs loaded on demand',
  component: LazyKnowledgeEditor,
  parameters: { docs: { story: { inline: false, height: '640px' } } },
  args: { open: true, onOpenChange: () => {} },
  render: (args, { globals }) => (
    <LibraryFrame theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <LazyKnowledgeEditor {...args} />
    </LibraryFrame>
  ),
} satisfies Meta<typeof LazyKnowledgeEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The editor, opened for a new page. */
export const KnowledgeEditor: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', {
      name: 'New knowledge page',
    });
    await expect(within(dialog).getByRole('textbox', { name: /Title/ })).toBeVisible();
  },
};

/** Closed: nothing renders until it opens. */
export const Closed: Story = {
  args: { open: false },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement.ownerDocument.body).queryByRole('dialog')).toBeNull();
  },
};
