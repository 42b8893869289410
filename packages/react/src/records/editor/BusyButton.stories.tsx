import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { BusyButton } from './BusyButton';

/** The primary button of an editor's step: it does its work, and while the work runs it waits and says so. */
const meta = {
  title: 'Fields/BusyButton',
  component: BusyButton,
  args: { label: 'Save page', busyLabel: 'Saving…', busy: false, onClick: fn() },
  render: (args) => (
    <div style={{ padding: '1.5rem' }}>
      <BusyButton {...args} />
    </div>
  ),
} satisfies Meta<typeof BusyButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Idle: the button names its work and runs it when pressed. */
export const Idle: Story = {
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Save page' }));
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

/** Busy: a spinner, the busy words, and the button cannot be pressed again. */
export const Busy: Story = {
  args: { busy: true },
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: /Saving…/ });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute('aria-busy', 'true');
  },
};
