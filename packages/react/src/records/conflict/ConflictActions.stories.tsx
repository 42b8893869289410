import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { ConflictActions } from './ConflictActions';

/**
 * The two ways out of a job's or a knowledge page's conflict view: take the chosen merge back to the form, or save
 * it as chosen. While it saves, both wait and the save button says so.
 */
const meta = {
  title: 'Fields/ConflictActions',
  component: ConflictActions,
  args: {
    saving: false,
    editLabel: 'Edit before saving',
    saveLabel: 'Save these choices',
    savingLabel: 'Saving…',
    onEdit: fn(),
    onSave: fn(),
  },
  render: (args) => (
    <div style={{ display: 'flex', gap: '0.5rem', padding: '1.5rem' }}>
      <ConflictActions {...args} />
    </div>
  ),
} satisfies Meta<typeof ConflictActions>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Both ways open; each button does its own thing. */
export const Ready: Story = {
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Save these choices' }));
    await expect(args.onSave).toHaveBeenCalledTimes(1);
    await userEvent.click(canvas.getByRole('button', { name: 'Edit before saving' }));
    await expect(args.onEdit).toHaveBeenCalledTimes(1);
  },
};

/** Saving: neither can be pressed again, and the save button says it is saving. */
export const Saving: Story = {
  args: { saving: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Edit before saving' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: /Saving…/ })).toBeDisabled();
  },
};
