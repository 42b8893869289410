import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { FixtureStory } from '../../test/FixtureStory';
import { makeConflict } from '../../test/saveFixtures';
import { SaveStatus } from '../saveStatus/SaveStatus';
import { ConflictDialog } from './ConflictDialog';

const meta = {
  title: 'Designer/ConflictDialog',
  component: ConflictDialog,
  // Open dialogs cover the page: on the Docs page each story gets its own frame.
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, height: '640px' } } },
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
} satisfies Meta<typeof ConflictDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A real conflict: this designer edited the Front desk while a teammate saved their own changes. */
export const Open: Story = {
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: 'Someone else changed this call flow' });
    const inDialog = within(dialog);
    await expect(
      inDialog.getByRole('heading', { name: 'How their version differs from yours' }),
    ).toBeVisible();
    await expect(inDialog.getByRole('heading', { name: /Holiday notice/ })).toBeVisible();
    await expect(inDialog.getByText('Job “\u2068Billing question\u2069”')).toBeVisible();
    await expect(inDialog.getByText('Night voicemail')).toBeVisible();
    await expect(inDialog.getByRole('button', { name: 'Reload theirs' })).toHaveFocus();
    await expect(inDialog.getByRole('button', { name: 'Reload theirs' })).toHaveAccessibleDescription(
      'Your version is one Undo away.',
    );
    await expect(inDialog.getByRole('button', { name: 'Keep mine and overwrite' })).toBeVisible();
  },
};

/** Escape closes the dialog without deciding: the status keeps the conflict and Resolve… brings it back. */
export const ClosedThenReopened: Story = {
  play: async ({ canvas }) => {
    await canvas.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await userEvent.click(canvas.getByRole('button', { name: 'Resolve…' }));
    await expect(await canvas.findByRole('dialog')).toBeVisible();
  },
};

/** Reload theirs: their draft becomes the draft and the status is saved again. */
export const ReloadedTheirs: Story = {
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reload theirs' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('status')).toHaveTextContent('Saved');
  },
};

export const French: Story = {
  render: (_args, { globals }) => (
    <FixtureStory
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
      locale="fr"
      saveDelayMs={600_000}
      setup={(store, adapter) => makeConflict(store, adapter)}
    >
      <SaveStatus />
      <ConflictDialog />
    </FixtureStory>
  ),
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', {
      name: 'Quelqu’un d’autre a modifié ce flux d’appels',
    });
    await expect(within(dialog).getByRole('button', { name: 'Recharger sa version' })).toBeVisible();
    await expect(within(dialog).getAllByText('Seulement dans la sienne')[0]).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: Open.play,
};
