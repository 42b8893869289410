import type { Step } from '@sona-designer/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { everyKindGraph } from '../test/fixtures';
import { InspectorFixture } from '../test/InspectorFixture';
import { LazyStepSettings, StepSettingsLoading } from './lazy';

const voicemail = everyKindGraph().steps.find((step) => step.id === 'vm') as Step;

/**
 * The selected step's form, loaded on demand inside the inspector. The designer preloads it once the canvas is up,
 * so its loading frame is rarely seen; it is shown here.
 */
const meta = {
  title: 'Designer/StepInspector/Loaded on demand',
  component: LazyStepSettings,
  args: { step: voicemail },
  render: (args, { globals }) => (
    <InspectorFixture theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <LazyStepSettings {...args} />
    </InspectorFixture>
  ),
} satisfies Meta<typeof LazyStepSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

/** While the forms' code downloads. */
export const Loading: Story = {
  render: (args, { globals }) => (
    <InspectorFixture theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <StepSettingsLoading {...args} />
    </InspectorFixture>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('status')).toHaveTextContent('Loading the step settings…');
  },
};

/** Once loaded: the voicemail step's form. */
export const Loaded: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('textbox', { name: /Title/ })).toHaveValue('Voicemail');
  },
};
