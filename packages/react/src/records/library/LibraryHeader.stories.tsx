import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { LibraryFrame } from '../../test/libraryFrame';
import { LibraryHeader } from './LibraryHeader';

const meta = {
  title: 'Records/Library parts/LibraryHeader',
  component: LibraryHeader,
  args: {
    headingId: 'library-heading',
    title: 'Jobs',
    total: '26 jobs',
    action: (
      <button type="button" className="sona-button sona-button--primary">
        New job
      </button>
    ),
  },
  render: (args, { parameters, globals }) => (
    <LibraryFrame
      height="auto"
      readOnly={parameters.readOnly === true}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
    >
      <LibraryHeader {...args} />
    </LibraryFrame>
  ),
} satisfies Meta<typeof LibraryHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The title, the count and the create button. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Jobs' })).toBeVisible();
    await expect(canvas.getByText('26 jobs')).toBeVisible();
  },
};

/** The count is not known yet. */
export const CountLoading: Story = {
  args: { total: null },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByText('26 jobs')).toBeNull();
  },
};

/** With tools before the create button and a note under the title, in the dark theme. */
export const WithToolsAndNote: Story = {
  globals: { theme: 'dark' },
  args: {
    tools: (
      <button type="button" className="sona-button">
        Export workspace
      </button>
    ),
    note: <p>Edits reach callers at once.</p>,
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Export workspace' })).toBeVisible();
  },
};
