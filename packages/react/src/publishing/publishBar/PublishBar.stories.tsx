import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { FixtureStory, type FixtureStoryProps } from '../../test/FixtureStory';
import { createFixtureAdapter, FIXTURE_FLOWS } from '../../test/fixtures';
import { withFailingPublish, withSlowWrites } from '../../test/saveFixtures';
import { PublishBar } from './PublishBar';

function Bar(props: Omit<FixtureStoryProps, 'children'>) {
  return (
    <FixtureStory {...props}>
      {/* The bar sits at the end of the designer's toolbar; leave room below for its popovers. */}
      <div
        style={{
          minHeight: 560,
          padding: '0.75rem 1rem',
          borderBottom: '1px solid var(--sona-color-border)',
        }}
      >
        <PublishBar />
      </div>
    </FixtureStory>
  );
}

const meta = {
  title: 'Designer/PublishBar',
  component: PublishBar,
  render: (_args, { globals }) => <Bar theme={globals.theme === 'dark' ? 'dark' : 'light'} />,
} satisfies Meta<typeof PublishBar>;

export default meta;
type Story = StoryObj<typeof meta>;

const theme = (globals: Record<string, unknown>) => (globals.theme === 'dark' ? 'dark' : 'light');

/** The support line was never published: publishing puts every step live. */
export const NeverPublished: Story = {
  render: (_args, { globals }) => <Bar theme={theme(globals)} flowId={FIXTURE_FLOWS.support} />,
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: /Never published/ }));
    const view = await canvas.findByRole('dialog', { name: 'Changes to publish' });
    await expect(
      await within(view).findByText(/First publish: all \d+ steps of the call flow go live/),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Publish' })).toBeEnabled();
  },
};

/** The main line has a new greeting and a sixth job since revision 1: the pending changes view says so. */
export const UnpublishedChanges: Story = {
  play: async ({ canvas }) => {
    const status = await canvas.findByRole('button', { name: /Unpublished changes/ });
    await expect(status).toHaveAccessibleName('Unpublished changes (2 changes)');
    await userEvent.click(status);
    const view = await canvas.findByRole('dialog', { name: 'Changes to publish' });
    await expect(await within(view).findByRole('heading', { name: /Front desk/ })).toBeVisible();
    await expect(within(view).getByText('Greeting changed')).toBeVisible();
    await expect(within(view).getByText('Job attached: “\u2068Technician arrival time\u2069”')).toBeVisible();
    await expect(within(view).getByText(/already live: they are not part of publishing/)).toBeVisible();
  },
};

/** The sales line's draft is what real calls use. */
export const UpToDate: Story = {
  render: (_args, { globals }) => <Bar theme={theme(globals)} flowId={FIXTURE_FLOWS.sales} />,
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Published · revision 2')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Publish' })).toBeDisabled();
  },
};

/** Errors block publishing; each problem brings its step into view. */
export const BlockingErrors: Story = {
  render: (_args, { globals }) => <Bar theme={theme(globals)} flowId={FIXTURE_FLOWS.errors} />,
  play: async ({ canvas }) => {
    const problems = await canvas.findByRole('button', { name: /Fix \d+ problems? before publishing/ });
    await expect(canvas.getByRole('button', { name: 'Publish' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Publish' })).toHaveAccessibleDescription(
      problems.textContent ?? '',
    );
    await userEvent.click(problems);
    const list = await canvas.findByRole('dialog', { name: /before publishing/ });
    await expect(
      await within(list).findByRole('button', {
        name: /“\u2068Office line\u2069” has no number to forward to/,
      }),
    ).toBeVisible();
  },
};

/** Publishing takes a while: the button shows progress and cannot be pressed twice. */
export const Publishing: Story = {
  render: (_args, { globals }) => (
    <Bar theme={theme(globals)} makeAdapter={() => withSlowWrites(createFixtureAdapter(), 600_000)} />
  ),
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Publish' }));
    await expect(await canvas.findByRole('button', { name: 'Publishing…' })).toBeDisabled();
  },
};

/** The backend could not be reached: its message shows, and Publish can be tried again. */
export const PublishFailed: Story = {
  render: (_args, { globals }) => (
    <Bar theme={theme(globals)} makeAdapter={() => withFailingPublish(createFixtureAdapter())} />
  ),
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Publish' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Couldn’t publish');
    await expect(alert).toHaveTextContent('The workspace could not be reached');
    await expect(canvas.getByRole('button', { name: 'Publish' })).toBeEnabled();
  },
};

/** Publishing works: the confirmation is announced politely and the status catches up. */
export const Published: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Published revision 2'));
    await expect(canvas.getByText('Published · revision 2')).toBeVisible();
  },
};

export const French: Story = {
  render: (_args, { globals }) => <Bar theme={theme(globals)} locale="fr" />,
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: /Modifications non publiées/ }));
    const view = await canvas.findByRole('dialog', { name: 'Modifications à publier' });
    await expect(await within(view).findByText('Modifié : message d’accueil')).toBeVisible();
    await expect(
      within(view).getByText('Tâche associée : « \u2068Technician arrival time\u2069 »', { exact: false }),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Publier' })).toBeEnabled();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: UnpublishedChanges.play,
};
