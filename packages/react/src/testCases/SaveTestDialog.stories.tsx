import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { createFixtureAdapter } from '../test/fixtures';
import { SimulatorFixture } from '../test/SimulatorFixture';
import { bookingTestCase, createTestsAdapter } from '../test/testCaseFixtures';

const meta = {
  title: 'Tests/SaveTestDialog',
  // The dialog opens from a simulated call (Save as test): each story places one.
  parameters: {
    docs: {
      description: {
        component:
          '**Save as test** from a simulated call: the call is replayed from the incoming call, and what happened is pre-filled as checks (the step reached, the job fired at its turn, the SMS sent…), each of which can be unticked. A failed save keeps the name and checks; closing with changes asks first.',
      },
    },
  },
  render: (_args, { parameters, globals }) => (
    <SimulatorFixture
      makeAdapter={() => createFixtureAdapter()}
      {...((parameters.fixture ?? {}) as object)}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
    />
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const NAMES = {
  en: {
    bar: 'Publishing',
    testCall: 'Test call',
    drawer: 'Simulated call',
    message: 'Caller message',
    save: 'Save as test',
  },
  fr: {
    bar: 'Publication',
    testCall: 'Tester un appel',
    drawer: 'Appel simulé',
    message: 'Message de l’appelant',
    save: 'Enregistrer comme test',
  },
};

/** Places a call at the front desk and opens Save as test. */
async function openSave(canvasElement: HTMLElement, locale: 'en' | 'fr' = 'en') {
  const names = NAMES[locale];
  const canvas = within(canvasElement);
  const bar = await canvas.findByRole('region', { name: names.bar });
  await userEvent.click(await within(bar).findByRole('button', { name: names.testCall }));
  const drawer = within(await canvas.findByRole('dialog', { name: names.drawer }));
  await userEvent.type(
    await drawer.findByRole('textbox', { name: names.message }),
    'My water heater is leaking, I need a plumber to come and look at it{Enter}',
  );
  await userEvent.click(await drawer.findByRole('button', { name: names.save }, { timeout: 5000 }));
  return within(await canvas.findByRole('dialog', { name: names.save }));
}

/** The checks pre-filled from the call: the step it reached and the job that fired at turn 1. */
export const FromACall: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openSave(canvasElement);
    await expect(dialog.getByRole('checkbox', { name: 'Reaches \u2068Front desk\u2069' })).toBeChecked();
    await expect(
      dialog.getByRole('checkbox', { name: 'Turn 1: Job \u2068Book a service visit\u2069 fires' }),
    ).toBeChecked();
  },
};

/** The same in the dark theme. */
export const FromACallDark: Story = { globals: { theme: 'dark' }, play: FromACall.play };

/** A name is needed, and a test must check something. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openSave(canvasElement);
    await userEvent.clear(dialog.getByRole('textbox', { name: 'Name' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Save test' }));
    await expect(await dialog.findByText(/Name the test/)).toBeVisible();
    await userEvent.type(dialog.getByRole('textbox', { name: 'Name' }), 'Checks nothing');
    for (const box of dialog.getAllByRole('checkbox')) await userEvent.click(box);
    await userEvent.click(dialog.getByRole('button', { name: 'Save test' }));
    await expect(await dialog.findByRole('alert')).toHaveTextContent(/Keep at least one check/);
  },
};

/** The adapter failed: the reason, and everything typed is still there. */
export const SaveFailed: Story = {
  parameters: {
    fixture: {
      makeAdapter: () => {
        const adapter = createFixtureAdapter();
        adapter.createTestCase = () => Promise.reject(new Error('The server did not answer'));
        return adapter;
      },
    },
  },
  play: async ({ canvasElement }) => {
    const dialog = await openSave(canvasElement);
    await userEvent.click(dialog.getByRole('button', { name: 'Save test' }));
    await expect(await dialog.findByRole('alert')).toHaveTextContent(/Couldn’t save the test/);
  },
};

/** In French. */
export const French: Story = {
  parameters: { fixture: { locale: 'fr' } },
  play: async ({ canvasElement }) => {
    const dialog = await openSave(canvasElement, 'fr');
    await expect(dialog.getByRole('button', { name: 'Enregistrer le test' })).toBeVisible();
  },
};

/**
 * Editing a saved test: a kept check that compares with a text (the SMS, Sona's reply) shows that text, to change it.
 * An empty reply check is refused, with the reason under its field.
 */
export const EditCheckTexts: Story = {
  parameters: {
    fixture: {
      makeAdapter: () => {
        const booking = bookingTestCase();
        return createTestsAdapter([
          {
            ...booking,
            expectations: [
              ...booking.expectations,
              { kind: 'action-fires', action: 'sms', contains: 'we received your visit request' },
              { kind: 'reply-contains', text: 'What the problem is' },
            ],
          },
        ]);
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const bar = await canvas.findByRole('region', { name: 'Publishing' });
    await userEvent.click(await within(bar).findByRole('button', { name: /^Tests: 1 test/ }));
    const drawer = within(await canvas.findByRole('dialog', { name: 'Simulated call' }));
    // A failing test opens on itself; a passing one is picked from the list.
    const listed = await drawer.findByRole('button', { name: /Booking a visit|Edit/ });
    if (listed.textContent !== 'Edit') await userEvent.click(listed);
    await userEvent.click(await drawer.findByRole('button', { name: 'Edit' }));
    const dialog = within(await canvas.findByRole('dialog', { name: 'Edit test' }));
    await expect(dialog.getByRole('textbox', { name: 'The SMS contains' })).toHaveValue(
      'we received your visit request',
    );
    const says = dialog.getByRole('textbox', { name: 'Sona says' });
    await userEvent.clear(says);
    await userEvent.click(dialog.getByRole('button', { name: 'Save test' }));
    await expect(says).toHaveAccessibleDescription(/Say what Sona must say/);
  },
};
