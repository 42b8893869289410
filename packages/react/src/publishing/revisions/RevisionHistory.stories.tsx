import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { FixtureStory } from '../../test/FixtureStory';
import { FIXTURE_FLOWS } from '../../test/fixtures';
import { RevisionHistory } from './RevisionHistory';

const meta = {
  title: 'Designer/RevisionHistory',
  component: RevisionHistory,
  render: (_args, { globals }) => (
    <FixtureStory theme={globals.theme === 'dark' ? 'dark' : 'light'} flowId={FIXTURE_FLOWS.sales}>
      <RevisionHistory />
    </FixtureStory>
  ),
} satisfies Meta<typeof RevisionHistory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sales line was published twice: newest first, with what revision 2 changed. */
export const WithRevisions: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'History' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Revision history' });
    await within(dialog).findByRole('heading', { name: 'Revision 1' });
    const headings = within(dialog).getAllByRole('heading', { level: 3 });
    await expect(headings.map((heading) => heading.textContent)).toEqual(['Revision 2', 'Revision 1']);
    await expect(within(dialog).getByText('Live')).toBeVisible();
    await expect(within(dialog).getByText('First published version')).toBeVisible();
    await userEvent.click(within(dialog).getByText(/changes? since revision 1/));
    await expect(
      await within(dialog).findByText('Job attached: “\u2068Maintenance plan enrolment\u2069”'),
    ).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Restore to draft Revision 2' })).toBeDisabled();
    await expect(within(dialog).getByRole('button', { name: 'Restore to draft Revision 1' })).toBeEnabled();
  },
};

/** Restoring copies the revision into the draft and closes the dialog. */
export const Restored: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'History' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Revision history' });
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Restore to draft Revision 1' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('button', { name: 'History' })).toHaveFocus();
  },
};

export const Empty: Story = {
  render: (_args, { globals }) => (
    <FixtureStory theme={globals.theme === 'dark' ? 'dark' : 'light'} flowId={FIXTURE_FLOWS.support}>
      <RevisionHistory />
    </FixtureStory>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'History' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Revision history' });
    await expect(within(dialog).getByText(/Nothing published yet/)).toBeVisible();
  },
};

export const French: Story = {
  render: (_args, { globals }) => (
    <FixtureStory
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
      flowId={FIXTURE_FLOWS.sales}
      locale="fr"
    >
      <RevisionHistory />
    </FixtureStory>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Historique' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Historique des révisions' });
    await expect(within(dialog).getByText('En service')).toBeVisible();
    await expect(
      within(dialog).getByRole('button', { name: /Restaurer dans le brouillon Révision 1/ }),
    ).toBeEnabled();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: WithRevisions.play,
};
