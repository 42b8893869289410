import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect } from 'react';
import { expect, userEvent, waitFor } from 'storybook/test';
import { useFlow, useFlowStoreApi } from '../../state';
import { FixtureDesigner } from '../../test/fixtures';
import { HistoryControls } from './HistoryControls';

/** Adds a step once the flow is loaded, so there is something to undo. */
function WithOneEdit() {
  const store = useFlowStoreApi();
  const ready = useFlow((state) => state.loadState === 'ready');
  const count = useFlow((state) => state.stepIds.length);
  useEffect(() => {
    if (ready) store.getState().addStep('voicemail', { title: 'Mailbox', label: 'Add Mailbox' });
  }, [ready, store]);
  return (
    <>
      <HistoryControls />
      <p>Steps: {count}</p>
    </>
  );
}

const meta = {
  title: 'Designer/HistoryControls',
  component: HistoryControls,
} satisfies Meta<typeof HistoryControls>;

export default meta;
type Story = StoryObj<typeof meta>;

export const NothingToUndo: Story = {
  render: () => (
    <FixtureDesigner>
      <HistoryControls />
    </FixtureDesigner>
  ),
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Undo' })).toBeDisabled());
    await expect(canvas.getByRole('button', { name: 'Redo' })).toBeDisabled();
  },
};

export const UndoThenRedo: Story = {
  render: () => (
    <FixtureDesigner flowId="flow-new" saveDelayMs={60_000}>
      <WithOneEdit />
    </FixtureDesigner>
  ),
  play: async ({ canvas }) => {
    const undo = await canvas.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toBeEnabled());
    await expect(undo).toHaveAttribute('title', 'Undo: Add Mailbox (Ctrl+Z)');
    await expect(canvas.getByText('Steps: 3')).toBeVisible();
    await userEvent.click(undo);
    await expect(canvas.getByText('Steps: 2')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Redo' }));
    await expect(canvas.getByText('Steps: 3')).toBeVisible();
  },
};

export const French: Story = {
  render: () => (
    <FixtureDesigner locale="fr">
      <HistoryControls />
    </FixtureDesigner>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Annuler' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Rétablir' })).toBeVisible();
  },
};

export const ReadOnly: Story = {
  render: () => (
    <FixtureDesigner readOnly>
      <HistoryControls />
    </FixtureDesigner>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Undo' })).toBeDisabled();
  },
};
