import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import '../../test/registerFrench';
import { libraryEn } from '../../i18n';
import { LibraryFrame as Frame } from '../../test/libraryFrame';
import { jobKind } from '../../test/recordKinds';
import { DeleteDialog, type DeleteDialogProps } from './DeleteDialog';

/** A job's delete, whose remove always fails as an outage would. */
const failingKind: typeof jobKind = {
  ...jobKind,
  remove: () => Promise.reject(new Error('Network down')),
};

/**
 * Confirms a delete after checking where the record is used: an unused job can be deleted, a used one lists its
 * places instead, and a failed delete says so with Try again.
 */
const meta = {
  title: 'Fields/DeleteDialog',
  component: DeleteDialog,
  args: {
    kind: jobKind,
    wording: {
      confirm: libraryEn.deleteJobConfirm,
      body: libraryEn.deleteJobBody,
      inUse: libraryEn.inUseJob,
      inUseHowTo: libraryEn.inUseHowToJob,
    },
    target: { id: 'job-frozen-pipes', name: 'Frozen pipes', version: 1 },
    onClose: fn(),
    onDeleted: fn(),
    onReloaded: fn(),
  },
  render: (args: DeleteDialogProps, { globals }) => (
    <Frame theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <DeleteDialog {...args} />
    </Frame>
  ),
} satisfies Meta<typeof DeleteDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Open on an unused job: the delete is offered, and Cancel has focus. */
export const Open: Story = {
  play: async ({ args, canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: 'Delete Frozen pipes?' });
    const confirm = await within(dialog).findByRole('button', { name: 'Delete job' });
    await expect(confirm).toBeEnabled();
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(confirm);
    await expect(args.onDeleted).toHaveBeenCalled();
  },
};

/** The same, in the dark theme. */
export const OpenDark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: 'Delete Frozen pipes?' });
    await expect(await within(dialog).findByRole('button', { name: 'Delete job' })).toBeEnabled();
  },
};

/** A job still used by a step: the places are listed, and only Close is offered. */
export const InUse: Story = {
  args: { target: { id: 'job-billing', name: 'Billing question', version: 1 } },
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: 'Delete Billing question?' });
    await expect(await within(dialog).findByText(/This job can’t be deleted: it is used by/)).toBeVisible();
    await expect(within(dialog).getByRole('list')).toBeVisible();
    await expect(within(dialog).queryByRole('button', { name: 'Delete job' })).toBeNull();
    await expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
  },
};

/** The delete failed: an alert says so, and the button offers to try again. */
export const Failed: Story = {
  args: { kind: failingKind },
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: 'Delete Frozen pipes?' });
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Delete job' }));
    await expect(await within(dialog).findByRole('alert')).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: libraryEn.tryAgain })).toBeEnabled();
  },
};
