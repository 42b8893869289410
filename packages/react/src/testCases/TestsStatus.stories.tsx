import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { createFixtureAdapter } from '../test/fixtures';
import { SimulatorFixture } from '../test/SimulatorFixture';
import { bookingTestCase, createTestsAdapter } from '../test/testCaseFixtures';
import { TestsStatus } from './TestsStatus';

const meta = {
  title: 'Tests/TestsStatus',
  component: TestsStatus,
  parameters: {
    docs: {
      description: {
        component:
          'The publish bar’s count of saved tests, run on the draft after every edit: “2 tests · all passing”, “4 tests · 2 failing” (red), or “Tests” when there are none yet. It opens the drawer’s Tests view on the first failing test. When the flow requires passing tests, it holds Publish and says why (Publish’s description, the count’s tooltip).',
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
} satisfies Meta<typeof TestsStatus>;

export default meta;
type Story = StoryObj<typeof meta>;

async function count(canvasElement: HTMLElement, name: RegExp) {
  const bar = await within(canvasElement).findByRole('region', { name: /Publishing|Publication/ });
  return within(bar).findByRole('button', { name }, { timeout: 5000 });
}

/** Every test passes on the draft. */
export const AllPassing: Story = {
  parameters: {
    fixture: {
      makeAdapter: () =>
        createTestsAdapter([bookingTestCase(), bookingTestCase('Second booking', 'test-booking-2')]),
    },
  },
  play: async ({ canvasElement }) => {
    await expect(await count(canvasElement, /^Tests: 2 tests · all passing$/)).toBeVisible();
  },
};

/** Two of four fail on the draft: the count turns red. */
export const Failing: Story = {
  play: async ({ canvasElement }) => {
    await expect(await count(canvasElement, /^Tests: 4 tests · 2 failing$/)).toHaveAttribute(
      'data-status',
      'fail',
    );
  },
};

/** The same in the dark theme. */
export const FailingDark: Story = { globals: { theme: 'dark' }, play: Failing.play };

/** No test yet. */
export const NoTests: Story = {
  parameters: { fixture: { makeAdapter: () => createFixtureAdapter() } },
  play: async ({ canvasElement }) => {
    await expect(await count(canvasElement, /^Tests: Tests$/)).toBeVisible();
  },
};

/** In French. */
export const French: Story = {
  parameters: { fixture: { locale: 'fr' } },
  play: async ({ canvasElement }) => {
    await expect(await count(canvasElement, /^Tests : 4 tests · 2 en échec$/)).toBeVisible();
  },
};
