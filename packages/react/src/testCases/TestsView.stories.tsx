import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createFixtureAdapter } from '../test/fixtures';
import { SimulatorFixture } from '../test/SimulatorFixture';
import { bookingTestCase, createTestsAdapter } from '../test/testCaseFixtures';
import { TestsView } from './TestsView';

const meta = {
  title: 'Tests/TestsView',
  component: TestsView,
  parameters: {
    docs: {
      description: {
        component:
          'The drawer’s **Tests** view: the call flow’s saved tests, run on the draft after every edit and on the published revision. Filter the failing ones or those the draft changed; a test opens on its failing turn with the path shown on the canvas. The publish bar’s count (“4 tests · 2 failing”) opens it.',
      },
    },
  },
  render: (_args, { parameters, globals }) => (
    <SimulatorFixture
      makeAdapter={createTestsAdapter}
      {...((parameters.fixture ?? {}) as object)}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
    />
  ),
} satisfies Meta<typeof TestsView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opens the tests from the publish bar's count. */
async function openTests(canvasElement: HTMLElement, count: RegExp, drawerName = 'Simulated call') {
  const canvas = within(canvasElement);
  const bar = await canvas.findByRole('region', { name: /Publishing|Publication/ });
  await userEvent.click(await within(bar).findByRole('button', { name: count }, { timeout: 5000 }));
  return within(await canvas.findByRole('dialog', { name: drawerName }));
}

const listPlay: Story['play'] = async ({ canvasElement }) => {
  const drawer = await openTests(canvasElement, /4 tests · 2 failing/);
  await userEvent.click(await drawer.findByRole('button', { name: 'All tests' }));
  await expect(await drawer.findByText('Draft: 2 of 4 pass')).toBeVisible();
  await expect(drawer.getByText('Broken by the draft')).toBeVisible();
  await userEvent.click(drawer.getByRole('radio', { name: 'Failing (2)' }));
  await waitFor(() => expect(drawer.getAllByRole('listitem')).toHaveLength(2));
};

/** Four tests, two failing: one broken by the draft's new greeting, one expecting a step that was removed. */
export const List: Story = { play: listPlay };

/** The same list in the dark theme. */
export const ListDark: Story = { globals: { theme: 'dark' }, play: listPlay };

/** A failing test opened from the publish bar: what it checks, met or not, and where the call went. */
export const FailingTest: Story = {
  play: async ({ canvasElement }) => {
    const drawer = await openTests(canvasElement, /2 failing/);
    await expect(await drawer.findByRole('heading', { name: 'The front desk offers help' })).toHaveFocus();
    await expect(drawer.getByText(/Sona never said/)).toBeVisible();
    await expect(drawer.getByText('Broken by the draft')).toBeVisible();
  },
};

/** A test failing at a turn opens on that turn, highlighted and focused. */
export const FailingAtTurn: Story = {
  parameters: {
    fixture: {
      makeAdapter: () => {
        const adapter = createTestsAdapter([]);
        void adapter.getCallFlow('flow-main').then((flow) =>
          adapter.saveDraft(
            flow.id,
            {
              ...flow.draft,
              steps: flow.draft.steps.map((step) =>
                step.kind === 'sona' && step.id === 'front-desk'
                  ? { ...step, jobIds: step.jobIds.filter((id) => id !== 'job-book-service') }
                  : step,
              ),
            },
            flow.version,
          ),
        );
        void adapter.createTestCase({
          callFlowId: 'flow-main',
          name: 'Booking a visit',
          call: {
            at: '2026-03-03T10:00:00-05:00',
            callerNumber: '',
            keys: [],
            answered: false,
            messages: ['My water heater is leaking, I need a plumber to come and look at it'],
          },
          expectations: [{ kind: 'job-fires', jobId: 'job-book-service', turn: 1 }],
        });
        return adapter;
      },
    },
  },
  play: async ({ canvasElement }) => {
    const drawer = await openTests(canvasElement, /1 failing/);
    await waitFor(() => expect(drawer.getByRole('listitem', { name: 'Fails at turn 1' })).toHaveFocus());
  },
};

/** No test yet: how to make one. */
export const Empty: Story = {
  parameters: { fixture: { makeAdapter: () => createFixtureAdapter() } },
  play: async ({ canvasElement }) => {
    const drawer = await openTests(canvasElement, /^Tests: Tests$/);
    await expect(await drawer.findByText('No tests yet')).toBeVisible();
  },
};

/** The adapter failed to list the tests: the reason and Retry. */
export const LoadFailed: Story = {
  parameters: {
    fixture: {
      makeAdapter: () => {
        const adapter = createTestsAdapter();
        adapter.listTestCases = () => Promise.reject(new Error('The server did not answer'));
        return adapter;
      },
    },
  },
  play: async ({ canvasElement }) => {
    const drawer = await openTests(canvasElement, /^Tests: Tests$/);
    await expect(await drawer.findByText(/Couldn’t load the tests/)).toBeVisible();
    await expect(drawer.getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

/** In French. */
export const French: Story = {
  parameters: { fixture: { locale: 'fr' } },
  play: async ({ canvasElement }) => {
    const drawer = await openTests(canvasElement, /2 en échec/, 'Appel simulé');
    await userEvent.click(await drawer.findByRole('button', { name: 'Tous les tests' }));
    await expect(await drawer.findByText('Brouillon : 2 sur 4 réussis')).toBeVisible();
  },
};

/** Require passing tests: Publish is held, and says why. */
export const PublishHeld: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const drawer = await openTests(canvasElement, /2 failing/);
    await userEvent.click(await drawer.findByRole('button', { name: 'All tests' }));
    await userEvent.click(drawer.getByRole('switch', { name: 'Require passing tests before publishing' }));
    await userEvent.keyboard('{Escape}');
    const bar = await canvas.findByRole('region', { name: 'Publishing' });
    const publish = within(bar).getByRole('button', { name: 'Publish' });
    await waitFor(() => expect(publish).toBeDisabled());
    await waitFor(() =>
      expect(publish).toHaveAccessibleDescription(/Publishing needs every test to pass: 2 tests fail/),
    );
  },
};

/**
 * A test whose expected job was attached but not chosen: the failing check offers to teach the job the caller's
 * sentence; the test then passes, and Undo stays at hand.
 */
export const TeachFromFailingTest: Story = {
  parameters: {
    fixture: {
      makeAdapter: () => {
        const booking = bookingTestCase('Racket in the basement');
        return createTestsAdapter([
          {
            ...booking,
            call: { ...booking.call, messages: ['the tank in the basement makes a racket at night'] },
            expectations: [{ kind: 'job-fires', jobId: 'job-book-service', turn: 1 }],
          },
        ]);
      },
    },
  },
  play: async ({ canvasElement }) => {
    const drawer = await openTests(canvasElement, /1 test · 1 failing/);
    await userEvent.click(
      await drawer.findByRole('button', { name: 'Teach Book a service visit this sentence' }),
    );
    await expect(await drawer.findByRole('status', {}, { timeout: 5000 })).toHaveTextContent(
      /Added to the trigger/,
    );
    await expect(await drawer.findByText('Passes', {}, { timeout: 5000 })).toBeVisible();
  },
};
