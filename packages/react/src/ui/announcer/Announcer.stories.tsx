import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { useFlow, useFlowStoreApi } from '../../state';
import { FixtureDesigner } from '../../test/fixtures';
import { Announcer } from './Announcer';

function EditAndUndo() {
  const store = useFlowStoreApi();
  const ready = useFlow((state) => state.loadState === 'ready');
  return (
    <button
      type="button"
      disabled={!ready}
      className="sona-button"
      onClick={() => {
        store.getState().addStep('end', { title: 'Hang up', label: 'Add Hang up' });
        store.getState().undo();
      }}
    >
      Add a step, then undo it
    </button>
  );
}

const meta = {
  title: 'Designer/Announcer',
  component: Announcer,
  parameters: {
    docs: {
      description: {
        component:
          'A visually hidden live region: screen readers hear what Undo, Redo and changes made elsewhere did.',
      },
    },
  },
} satisfies Meta<typeof Announcer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AfterUndo: Story = {
  render: () => (
    <FixtureDesigner flowId="flow-new" saveDelayMs={60_000}>
      <EditAndUndo />
      <Announcer />
    </FixtureDesigner>
  ),
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('button')).toBeEnabled());
    await userEvent.click(canvas.getByRole('button', { name: 'Add a step, then undo it' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Undid: Add Hang up'));
  },
};
