import type { FlowGraph } from '@sona-designer/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Locale } from '../../i18n';
import type { FlowStore } from '../../state';
import { useFlow } from '../../state';
import { FixtureStory } from '../../test/FixtureStory';
import { TestCallButton, type TestCallButtonProps } from './TestCallButton';

/** Stands in for the drawer: says which Sona step a Test call would open it on. */
function OpensOn() {
  const stepId = useFlow((state) => state.simulatorStepId);
  return <p>{stepId ? `The drawer opens on “${stepId}”.` : 'The drawer is closed.'}</p>;
}

interface FrameProps extends TestCallButtonProps {
  theme: 'light' | 'dark';
  locale?: Locale;
  setup?(store: FlowStore): unknown;
}

function Frame({ theme, locale = 'en', setup, ...props }: FrameProps) {
  return (
    <FixtureStory theme={theme} locale={locale} {...(setup ? { setup } : {})}>
      <div style={{ display: 'grid', gap: '1rem', justifyItems: 'start' }}>
        <TestCallButton {...props} />
        <OpensOn />
      </div>
    </FixtureStory>
  );
}

const withoutSonaSteps = (store: FlowStore) =>
  store.getState().change('Remove the Sona steps', (graph): FlowGraph => {
    const kept = graph.steps.filter((step) => step.kind !== 'sona');
    const ids = new Set(kept.map((step) => step.id));
    return { steps: kept, edges: graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)) };
  });

const meta = {
  title: 'Simulator/TestCallButton',
  component: TestCallButton,
  render: (args, { globals }) => <Frame theme={globals.theme === 'dark' ? 'dark' : 'light'} {...args} />,
} satisfies Meta<typeof TestCallButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** In the inspector: tests the step it belongs to. */
export const ForOneStep: Story = {
  args: { stepId: 'after-hours' },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Test call' }));
    await expect(await canvas.findByText('The drawer opens on “after-hours”.')).toBeVisible();
  },
};

/** In the publish bar: no step given, so the first Sona step of the flow (or the selected one). */
export const FirstSonaStep: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Test call' }));
    await expect(await canvas.findByText('The drawer opens on “front-desk”.')).toBeVisible();
  },
};

/** On a Sona node's card: the icon only, with the same accessible name. */
export const Compact: Story = {
  args: { stepId: 'front-desk', compact: true },
  play: async ({ canvas }) => {
    const button = await canvas.findByRole('button', { name: 'Test call' });
    await expect(button).not.toHaveTextContent('Test call');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText('The drawer opens on “front-desk”.')).toBeVisible();
  },
};

/** A flow without any Sona step has nothing to test: the publish bar's button is disabled. */
export const NoSonaStep: Story = {
  render: (args, { globals }) => (
    <Frame theme={globals.theme === 'dark' ? 'dark' : 'light'} setup={withoutSonaSteps} {...args} />
  ),
  play: async ({ canvas }) => {
    const button = await canvas.findByRole('button', { name: 'Test call' });
    await waitFor(() => expect(button).toBeDisabled());
    await expect(canvas.getByText('The drawer is closed.')).toBeVisible();
  },
};

export const French: Story = {
  render: (args, { globals }) => (
    <Frame theme={globals.theme === 'dark' ? 'dark' : 'light'} locale="fr" {...args} />
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Tester un appel' })).toBeEnabled();
  },
};
