import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { LibraryFrame } from '../test/libraryFrame';
import { LazyJobEditor, LazyTemplateGallery } from './lazy';

/**
 * The job dialogs as the package exports them: nothing renders until one opens, then its code loads (at once when
 * the designer preloaded it) and the dialog stays mounted, so closing animates and gives focus back.
 */
const meta = {
  title: 'Jobs/Dialogs loaded on demand',
  component: LazyJobEditor,
  parameters: { docs: { story: { inline: false, height: '640px' } } },
  args: { open: true, onOpenChange: () => {} },
  render: (args, { globals }) => (
    <LibraryFrame theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <LazyJobEditor {...args} />
    </LibraryFrame>
  ),
} satisfies Meta<typeof LazyJobEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The job editor, opened for a new job. */
export const JobEditor: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'New job' });
    await expect(within(dialog).getByRole('textbox', { name: /Name/ })).toBeVisible();
  },
};

/** The template gallery, opened. */
export const TemplateGallery: Story = {
  render: (args, { globals }) => (
    <LibraryFrame theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <LazyTemplateGallery open={args.open} onOpenChange={args.onOpenChange} />
    </LibraryFrame>
  ),
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'Templates' }),
    ).toBeVisible();
  },
};

/** Closed: nothing renders and nothing is fetched until it opens. */
export const Closed: Story = {
  args: { open: false },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement.ownerDocument.body).queryByRole('dialog')).toBeNull();
  },
};
