import { DesignerError } from '@sona-designer/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { RecordLoadState } from './RecordLoadState';

/** What an editor shows until its record is loaded: a spinner, or why it failed with Retry; and always Close. */
const meta = {
  title: 'Fields/RecordLoadState',
  component: RecordLoadState,
  args: {
    load: { status: 'loading' },
    block: 'sona-job-editor',
    actionsClassName: 'sona-job-editor__actions',
    text: {
      loading: 'Loading job…',
      notFound: 'This job no longer exists.',
      loadFailed: 'The job could not be loaded.',
      retry: 'Retry',
      close: 'Close',
    },
    onRetry: fn(),
    onClose: fn(),
  },
} satisfies Meta<typeof RecordLoadState>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Loading: a status says so, and Close still works. */
export const Loading: Story = {
  play: async ({ args, canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading job…');
    await userEvent.click(canvas.getByRole('button', { name: 'Close' }));
    await expect(args.onClose).toHaveBeenCalledTimes(1);
  },
};

/** Failed: an alert says why, and Retry loads again. */
export const Failed: Story = {
  args: { load: { status: 'error', error: new Error('Network down') } },
  play: async ({ args, canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('The job could not be loaded.');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** Gone: the record no longer exists, so there is nothing to retry. */
export const NotFound: Story = {
  args: { load: { status: 'error', error: new DesignerError('NOT_FOUND', 'No such job') } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('This job no longer exists.');
    await expect(canvas.queryByRole('button', { name: 'Retry' })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Close' })).toBeVisible();
  },
};
