import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import '../../test/registerFrench';
import { FixtureStory } from '../../test/FixtureStory';
import { EditedAt } from './EditedAt';

/** When a record was last edited: "3 hours ago" or a date, with the full date and time as a tooltip. */
const meta = {
  title: 'Fields/EditedAt',
  component: EditedAt,
  args: { iso: '2026-01-12T09:30:00.000Z' },
  render: (args) => (
    <FixtureStory>
      <EditedAt {...args} />
    </FixtureStory>
  ),
} satisfies Meta<typeof EditedAt>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An older edit shows its date, and keeps the exact time in the element. */
export const OlderDate: Story = {
  play: async ({ canvasElement }) => {
    const time = await waitForTime(canvasElement);
    await expect(time).toHaveAttribute('datetime', '2026-01-12T09:30:00.000Z');
    await expect(time).toHaveAttribute('title');
  },
};

/** A recent edit reads as relative time. */
export const Recent: Story = {
  args: { iso: new Date(Date.now() - 3 * 60 * 60 * 1000).toISOString() },
  play: async ({ canvasElement }) => {
    const time = await waitForTime(canvasElement);
    await expect(time.textContent).toMatch(/3/);
  },
};

/** In French, in the dark theme. */
export const FrenchDark: Story = {
  render: (args) => (
    <FixtureStory locale="fr" theme="dark">
      <EditedAt {...args} />
    </FixtureStory>
  ),
  play: async ({ canvasElement }) => {
    const time = await waitForTime(canvasElement);
    await expect(time.textContent).toMatch(/janv/);
  },
};

async function waitForTime(root: HTMLElement): Promise<HTMLElement> {
  for (let i = 0; i < 50; i++) {
    const time = root.querySelector('time');
    if (time) return time as HTMLElement;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('No <time> rendered');
}
