import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createFixtureAdapter, FIXTURE_FLOWS } from '../../test/fixtures';
import { CallFlowDesigner } from '../CallFlowDesigner';

/**
 * The designer's skip links and F6. The first Tab into the designer shows "Skip to": the canvas (its current step),
 * the step palette, the inspector (while a step is open) and the publish bar. From anywhere in the designer, F6 and
 * Shift+F6 go to the next and previous of these parts.
 */
const meta = {
  title: 'Designer/SkipLinks',
  component: CallFlowDesigner,
  parameters: { layout: 'fullscreen' },
  argTypes: {
    adapter: { control: false },
    locale: { control: 'inline-radio', options: ['en', 'fr'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  decorators: [
    (Story) => (
      <div style={{ height: 760 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof CallFlowDesigner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tab shows the skip links over the designer's toolbar; Enter on the first one lands on the canvas's step. */
export const SkipToTheCanvas: Story = {
  args: { adapter: createFixtureAdapter(), flowId: FIXTURE_FLOWS.main },
  play: async ({ canvas }) => {
    const start = await canvas.findByRole('group', { name: 'Incoming call step: Incoming call' });
    const nav = canvas.getByRole('navigation', { name: 'Skip to' });
    const link = canvas.getByRole('button', { name: 'Call flow canvas' });
    await userEvent.tab();
    await waitFor(() => expect(link).toHaveFocus());
    await expect(nav.getBoundingClientRect().width).toBeGreaterThan(200);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(start).toHaveFocus());
    // F6 goes on to the next part: the inspector is closed, so round to the publish bar's Publish button.
    await userEvent.keyboard('{F6}');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Publish' })).toHaveFocus());
  },
};

/** The skip links as a keyboard user first sees them, in dark. */
export const ShownInDark: Story = {
  args: { adapter: createFixtureAdapter(), flowId: FIXTURE_FLOWS.main, theme: 'dark' },
  play: async ({ canvas }) => {
    await canvas.findByRole('group', { name: 'Incoming call step: Incoming call' });
    await userEvent.tab();
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Call flow canvas' })).toHaveFocus());
  },
};
