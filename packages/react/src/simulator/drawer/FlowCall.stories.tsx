import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createFlowCallAdapter, FLOW_CALL_FLOW } from '../../test/flowCallFixtures';
import { SimulatorFixture } from '../../test/SimulatorFixture';
import { SimulatorDrawer } from './SimulatorDrawer';

const meta = {
  title: 'Simulator/SimulatorDrawer/From the incoming call',
  component: SimulatorDrawer,
  parameters: {
    docs: {
      description: {
        component:
          'The drawer’s **From the incoming call** mode: a call placed at a chosen moment (the business-hours step’s time zone decides open, closed or holiday) walks the whole draft step by step, each with why; a phone menu waits for a key on the keypad; a Sona step hands over to the usual conversation. The canvas highlights the path.',
      },
    },
  },
  render: (_args, { parameters, globals }) => (
    <SimulatorFixture
      makeAdapter={createFlowCallAdapter}
      flowId={FLOW_CALL_FLOW}
      {...((parameters.fixture ?? {}) as object)}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
    />
  ),
} satisfies Meta<typeof SimulatorDrawer>;

export default meta;
type Story = StoryObj<typeof meta>;

const EN = {
  region: 'Publishing',
  testCall: 'Test call',
  drawer: 'Simulated call',
  mode: 'From the incoming call',
};

/** Opens the drawer from the publish bar and switches to the incoming-call mode. */
async function openIncoming(canvasElement: HTMLElement, names = EN) {
  const canvas = within(canvasElement);
  const bar = await canvas.findByRole('region', { name: names.region });
  await userEvent.click(within(bar).getByRole('button', { name: names.testCall }));
  const drawer = within(await canvas.findByRole('dialog', { name: names.drawer }));
  await userEvent.click(drawer.getByRole('radio', { name: names.mode }));
  return drawer;
}

const pathPlay: Story['play'] = async ({ canvasElement }) => {
  const drawer = await openIncoming(canvasElement);
  await userEvent.click(drawer.getByRole('button', { name: 'Christmas 10:00' }));
  const path = within(await drawer.findByRole('list', { name: 'Path of the call' }));
  await expect(await path.findByText(/is a holiday: \u2068Christmas\u2069/)).toBeVisible();
  await expect(
    await path.findByText('Voicemail: the caller leaves a message', {}, { timeout: 3000 }),
  ).toBeVisible();
  await waitFor(() =>
    expect(
      canvasElement.querySelectorAll('.react-flow__node:is(.sona-flow-node--taken, .sona-flow-node--current)')
        .length,
    ).toBe(4),
  );
};

/** "What happens if someone calls on Christmas at 10:00?": closed for the holiday, the closed message, voicemail. */
export const PathShown: Story = { play: pathPlay };

/** The same path in the dark theme. */
export const PathShownDark: Story = { globals: { theme: 'dark' }, play: pathPlay };

const keypadPlay: Story['play'] = async ({ canvasElement }) => {
  const drawer = await openIncoming(canvasElement);
  await userEvent.click(drawer.getByRole('button', { name: 'Monday 10:00' }));
  const keypad = within(
    await drawer.findByRole('group', { name: /which key do they press/ }, { timeout: 3000 }),
  );
  await waitFor(() => expect(keypad.getByRole('button', { name: 'Press 1' })).toHaveFocus());
};

/** Open on a Monday morning: the call waits at the main menu for the caller's key. */
export const KeypadWaiting: Story = { play: keypadPlay };

/** The keypad in the dark theme. */
export const KeypadWaitingDark: Story = { globals: { theme: 'dark' }, play: keypadPlay };

const sonaPlay: Story['play'] = async ({ canvasElement }) => {
  const drawer = await openIncoming(canvasElement);
  await userEvent.click(drawer.getByRole('button', { name: 'Monday 10:00' }));
  const keypad = within(
    await drawer.findByRole('group', { name: /which key do they press/ }, { timeout: 3000 }),
  );
  await userEvent.click(keypad.getByRole('button', { name: 'Press 2' }));
  await expect(
    await drawer.findByText('Hello! Tell me what is going on and I will help.', {}, { timeout: 3000 }),
  ).toBeVisible();
  await userEvent.type(
    drawer.getByRole('textbox', { name: 'Caller message' }),
    'My heating stopped working{Enter}',
  );
  await waitFor(() =>
    expect(drawer.getByRole('log').querySelectorAll('[data-speaker="sona"]').length).toBe(2),
  );
};

/** Support (key 2) reaches the Support desk: the conversation takes over below the path. */
export const ReachedSona: Story = { play: sonaPlay };

/** The conversation below the path in the dark theme. */
export const ReachedSonaDark: Story = { globals: { theme: 'dark' }, play: sonaPlay };

/** In French: Noël 10 h. */
export const French: Story = {
  parameters: { fixture: { locale: 'fr' } },
  play: async ({ canvasElement }) => {
    const drawer = await openIncoming(canvasElement, {
      region: 'Publication',
      testCall: 'Tester un appel',
      drawer: 'Appel simulé',
      mode: 'À l’appel entrant',
    });
    await userEvent.click(drawer.getByRole('button', { name: 'Noël 10 h' }));
    const path = within(await drawer.findByRole('list', { name: 'Parcours de l’appel' }));
    await expect(await path.findByText(/25 décembre est un jour férié/)).toBeVisible();
  },
};
