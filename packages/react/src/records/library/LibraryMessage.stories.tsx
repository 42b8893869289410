import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { LibraryFrame } from '../../test/libraryFrame';
import { ErrorIcon, InfoIcon } from '../../ui';
import { LibraryMessage } from './LibraryMessage';

const meta = {
  title: 'Records/Library parts/LibraryMessage',
  component: LibraryMessage,
  args: {
    icon: <InfoIcon />,
    title: 'No jobs yet',
    children: 'Create the first one, or start from a template.',
  },
  render: (args, { globals }) => (
    <LibraryFrame height="auto" theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <LibraryMessage {...args} />
    </LibraryFrame>
  ),
} satisfies Meta<typeof LibraryMessage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An empty workspace. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No jobs yet')).toBeVisible();
  },
};

/** A failed load: announced, with Retry. */
export const Failed: Story = {
  args: {
    icon: <ErrorIcon />,
    title: 'Couldn’t load the jobs',
    children: 'The workspace could not be reached.',
    tone: 'error',
    role: 'alert',
    action: (
      <button type="button" className="sona-button">
        Retry
      </button>
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('Couldn’t load the jobs');
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

/** The failure in the dark theme. */
export const FailedDark: Story = { ...Failed, globals: { theme: 'dark' } };
