import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { FlowStore } from '../../state';
import { FixtureStory } from '../../test/FixtureStory';
import { createFixtureAdapter } from '../../test/fixtures';
import { makeConflict, OUTAGE_MESSAGE, withFailingSaves, withSlowWrites } from '../../test/saveFixtures';
import { ConflictDialog } from '../conflict/ConflictDialog';
import { SaveStatus } from './SaveStatus';

const editGreeting = (store: FlowStore) =>
  store
    .getState()
    .updateStep('front-desk', { greeting: 'Bonjour! Hello! How can we help today?' }, 'Edit Front desk');

const meta = {
  title: 'Designer/SaveStatus',
  component: SaveStatus,
  render: (_args, { globals }) => (
    <FixtureStory theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <SaveStatus />
    </FixtureStory>
  ),
} satisfies Meta<typeof SaveStatus>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Saved: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('status')).toHaveTextContent('Saved');
  },
};

/** An edit waits for the pause after typing before it is saved. */
export const Pending: Story = {
  render: (_args, { globals }) => (
    <FixtureStory
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
      saveDelayMs={600_000}
      setup={editGreeting}
    >
      <SaveStatus />
    </FixtureStory>
  ),
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Unsaved edits'));
  },
};

/** The adapter takes its time: "Saving…" stays while the draft is on its way. */
export const Saving: Story = {
  render: (_args, { globals }) => (
    <FixtureStory
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
      makeAdapter={() => withSlowWrites(createFixtureAdapter(), 600_000)}
      saveDelayMs={0}
      setup={editGreeting}
    >
      <SaveStatus />
    </FixtureStory>
  ),
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Saving…'));
  },
};

/** The workspace cannot be reached: the edit is kept, Retry tries again and the reason shows beside it. */
export const Failed: Story = {
  render: (_args, { globals }) => (
    <FixtureStory
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
      makeAdapter={() => withFailingSaves(createFixtureAdapter()).adapter}
      saveDelayMs={0}
      setup={editGreeting}
    >
      <SaveStatus />
    </FixtureStory>
  ),
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Couldn’t save'));
    const retry = canvas.getByRole('button', { name: 'Retry' });
    await expect(retry).toHaveAccessibleDescription(OUTAGE_MESSAGE);
    await userEvent.hover(retry);
    await expect(canvas.getByRole('tooltip')).toHaveTextContent(OUTAGE_MESSAGE);
    await userEvent.click(retry);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Couldn’t save'));
  },
};

/** Someone else saved first: the status keeps the conflict and Resolve… reopens the choice. */
export const Conflict: Story = {
  render: (_args, { globals }) => (
    <FixtureStory
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
      saveDelayMs={600_000}
      setup={(store, adapter) => makeConflict(store, adapter)}
    >
      <SaveStatus />
      <ConflictDialog />
    </FixtureStory>
  ),
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: 'Someone else changed this call flow' });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    await expect(canvas.getByRole('status')).toHaveTextContent('Not saved: changed elsewhere');
    const resolve = canvas.getByRole('button', { name: 'Resolve…' });
    await userEvent.click(resolve);
    await expect(await canvas.findByRole('dialog')).toBeVisible();
    await userEvent.keyboard('{Escape}');
  },
};

export const ReadOnly: Story = {
  render: (_args, { globals }) => (
    <FixtureStory theme={globals.theme === 'dark' ? 'dark' : 'light'} readOnly>
      <SaveStatus />
    </FixtureStory>
  ),
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Read only'));
  },
};

export const French: Story = {
  render: (_args, { globals }) => (
    <FixtureStory
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
      locale="fr"
      makeAdapter={() => withFailingSaves(createFixtureAdapter()).adapter}
      saveDelayMs={0}
      setup={editGreeting}
    >
      <SaveStatus />
    </FixtureStory>
  ),
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Échec de l’enregistrement'));
    await expect(canvas.getByRole('button', { name: 'Réessayer' })).toBeVisible();
  },
};
