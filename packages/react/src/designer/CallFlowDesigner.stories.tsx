import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createFixtureAdapter, FIXTURE_FLOWS } from '../test/fixtures';
import { CallFlowDesigner } from './CallFlowDesigner';

const meta = {
  title: 'Designer/CallFlowDesigner',
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

export const RealisticFlow: Story = {
  args: { adapter: createFixtureAdapter(), flowId: FIXTURE_FLOWS.main },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Main line' })).toBeVisible();
    await expect(await canvas.findByRole('group', { name: /Sona step: Front desk/ })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Publish' })).toBeEnabled();
  },
};

export const NewFlow: Story = {
  args: { adapter: createFixtureAdapter(), flowId: FIXTURE_FLOWS.fresh },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('group', { name: /Incoming call step: Incoming call/ }),
    ).toBeVisible();
    await expect(canvas.getByRole('group', { name: /Sona step: Sona/ })).toBeVisible();
  },
};

export const EveryStepKind: Story = {
  args: { adapter: createFixtureAdapter(), flowId: FIXTURE_FLOWS.everyKind },
  play: async ({ canvas }) => {
    for (const name of [
      /Business hours step/,
      /Phone menu step/,
      /Ring users step/,
      /Forward step/,
      /Voicemail step/,
    ]) {
      await expect(await canvas.findByRole('group', { name })).toBeVisible();
    }
  },
};

export const ValidationErrors: Story = {
  args: { adapter: createFixtureAdapter(), flowId: FIXTURE_FLOWS.errors },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Flow with problems' })).toBeVisible();
    await waitFor(() => expect(canvas.getAllByText(/no number to forward to/i).length).toBeGreaterThan(0));
  },
};

export const UndoByKeyboard: Story = {
  args: { adapter: createFixtureAdapter(), flowId: FIXTURE_FLOWS.fresh },
  play: async ({ canvas }) => {
    const node = await canvas.findByRole('group', { name: /Sona step: Sona/ });
    await userEvent.click(node);
    await userEvent.keyboard('{Delete}');
    await waitFor(() => expect(canvas.queryByRole('group', { name: /Sona step: Sona/ })).toBeNull());
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect(await canvas.findByRole('group', { name: /Sona step: Sona/ })).toBeVisible();
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(canvas.queryByRole('group', { name: /Sona step: Sona/ })).toBeNull());
  },
};

export const Loading: Story = {
  args: { adapter: createFixtureAdapter({ latencyMs: 60_000 }), flowId: FIXTURE_FLOWS.main },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading the call flow…')).toBeVisible();
  },
};

export const LoadFailed: Story = {
  args: { adapter: createFixtureAdapter({ failureRate: 1 }), flowId: FIXTURE_FLOWS.main },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The call flow could not be loaded.');
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const ReadOnly: Story = {
  args: { adapter: createFixtureAdapter(), flowId: FIXTURE_FLOWS.main, readOnly: true },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('group', { name: /Sona step: Front desk/ })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Publish' })).toBeDisabled();
  },
};

export const Dark: Story = {
  args: { adapter: createFixtureAdapter(), flowId: FIXTURE_FLOWS.main, theme: 'dark' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('group', { name: /Sona step: Front desk/ })).toBeVisible();
  },
};

export const French: Story = {
  args: { adapter: createFixtureAdapter(), flowId: FIXTURE_FLOWS.main, locale: 'fr' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('group', { name: /Étape Sona : Front desk/ })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Publier' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Annuler' })).toBeVisible();
  },
};
