import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { HistoryControls } from '../designer';
import { SaveStatus } from '../publishing';
import { createFixtureAdapter } from '../test/fixtures';
import { DesignerProvider } from './DesignerProvider';
import { FlowProvider } from './flow/FlowProvider';

const meta = {
  title: 'Designer/DesignerProvider',
  component: DesignerProvider,
  parameters: {
    docs: {
      description: {
        component:
          'The root of every Sona Designer component: adapter, locale, string overrides, read-only and theme, scoped to its own `.sona-root` element.',
      },
    },
  },
  argTypes: { adapter: { control: false }, children: { control: false } },
} satisfies Meta<typeof DesignerProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

const toolbar = (
  <FlowProvider flowId="flow-main">
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'center' }}>
      <HistoryControls />
      <SaveStatus />
    </div>
  </FlowProvider>
);

export const OverridingStrings: Story = {
  args: {
    adapter: createFixtureAdapter(),
    messages: { designer: { saved: 'All changes saved', undo: 'Step back' } },
    children: toolbar,
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('All changes saved')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Step back' })).toBeVisible();
  },
};

export const FrenchDarkReadOnly: Story = {
  args: { adapter: createFixtureAdapter(), locale: 'fr', theme: 'dark', readOnly: true, children: toolbar },
  play: async ({ canvasElement, canvas }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('.sona-root[data-theme="dark"][lang="fr"]')).not.toBeNull(),
    );
    await expect(await canvas.findByRole('button', { name: 'Annuler' })).toBeDisabled();
  },
};
