import { createLocalSimulatorEngine } from '@sona-designer/core/simulator';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createFixtureAdapter, FIXTURE_FLOWS } from '../../test/fixtures';
import { SimulatorFixture } from '../../test/SimulatorFixture';
import {
  createTransferAdapter,
  ENGINE_OUTAGE,
  SUMMARY_OUTAGE,
  TRANSFER_FLOW,
  withFailingSummaries,
  withFailingTurns,
  withSlowTurns,
} from '../../test/simulatorEngines';
import { SimulatorDrawer } from './SimulatorDrawer';

const meta = {
  title: 'Simulator/SimulatorDrawer',
  component: SimulatorDrawer,
  parameters: {
    docs: {
      description: {
        component:
          'The **Simulated call** drawer: the user plays the caller, Sona answers with the jobs and knowledge of a Sona step (draft by default, or the published version) and shows why after each answer. End call shows the call summary and records it. Opened by **Test call** on a Sona node, in the inspector and in the publish bar.',
      },
    },
  },
  render: (_args, { parameters, globals }) => (
    <SimulatorFixture
      {...((parameters.fixture ?? {}) as object)}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
    />
  ),
} satisfies Meta<typeof SimulatorDrawer>;

export default meta;
type Story = StoryObj<typeof meta>;

const EN = {
  testCall: 'Test call',
  drawer: 'Simulated call',
  message: 'Caller message',
  send: 'Send',
  transcript: 'Transcript',
};

/** Opens the drawer from the publish bar's Test call (the first Sona step: Front desk). */
async function openDrawer(canvasElement: HTMLElement, names = EN, region = 'Publishing') {
  const canvas = within(canvasElement);
  const bar = await canvas.findByRole('region', { name: region });
  await userEvent.click(within(bar).getByRole('button', { name: names.testCall }));
  const drawer = within(await canvas.findByRole('dialog', { name: names.drawer }));
  const log = drawer.getByRole('log', { name: names.transcript });
  // Sona speaks first.
  await waitFor(() => expect(log.querySelectorAll('[data-speaker="sona"]').length).toBeGreaterThan(0), {
    timeout: 5000,
  });
  return { drawer, log: within(log) };
}

/** The caller says a sentence; resolves once Sona answered (unless `waitForAnswer` is false). */
async function say(drawer: ReturnType<typeof within>, sentence: string, names = EN, waitForAnswer = true) {
  const answers = () => drawer.getByRole('log').querySelectorAll('[data-speaker="sona"]').length;
  const before = answers();
  await userEvent.type(drawer.getByRole('textbox', { name: names.message }), `${sentence}{Enter}`);
  if (waitForAnswer) await waitFor(() => expect(answers()).toBe(before + 1));
}

/** A whole call on the Front desk with the local engine, from the greeting to the summary saved in call summaries. */
export const FullCall: Story = {
  play: async ({ canvasElement }) => {
    const { drawer, log } = await openDrawer(canvasElement);
    await expect(log.getByText(/Are you calling about a visit or something new\?/)).toBeVisible();

    await say(drawer, 'Hi, I need a plumber to come fix a leaking pipe under my kitchen sink');
    const whys = await log.findAllByRole('button', { name: 'Why?' });
    await userEvent.click(whys[whys.length - 1] as HTMLElement);
    await expect(await log.findByText('Book a service visit')).toBeVisible();
    await expect(log.getByText(/^\d+% confidence · chosen from this message$/)).toBeVisible();

    await say(drawer, 'It started yesterday, the pipe under the sink is dripping');
    await waitFor(() =>
      expect(log.getAllByRole('button', { name: 'Why?' }).length).toBeGreaterThanOrEqual(3),
    );

    await userEvent.click(drawer.getByRole('button', { name: 'End call' }));
    const summary = within(await drawer.findByRole('region', { name: 'Call summary' }));
    await expect(summary.getByText('Book a service visit')).toBeVisible();
    await expect(await summary.findByText('Saved to call summaries')).toBeVisible();
  },
};

/** A job that ends in a transfer: Sona asks first, transfers, and the call ends by itself. */
export const Transfer: Story = {
  parameters: { fixture: { makeAdapter: createTransferAdapter, flowId: TRANSFER_FLOW } },
  play: async ({ canvasElement }) => {
    const { drawer, log } = await openDrawer(canvasElement);
    await say(drawer, 'Help, my basement is flooding!');
    await say(drawer, 'From the water heater in the corner');
    await expect(await log.findByText(/Shall I transfer you now\?/)).toBeVisible();
    await say(drawer, 'Yes please');
    await expect(
      await log.findByText('Sona transferred the call to \u2068Marc Dupont\u2069. Sona has left the call.'),
    ).toBeVisible();
    await expect(drawer.queryByRole('textbox', { name: EN.message })).toBeNull();
    await userEvent.click(drawer.getByRole('button', { name: 'See call summary' }));
    await expect(await drawer.findByText('Transferred')).toBeVisible();
  },
};

/** A model that takes its time: Sona is typing…, and Cancel gives the caller's words back. */
export const SlowEngine: Story = {
  parameters: {
    fixture: { makeEngine: () => withSlowTurns(createLocalSimulatorEngine(), 3000) },
  },
  play: async ({ canvasElement }) => {
    const { drawer, log } = await openDrawer(canvasElement);
    await say(drawer, 'How much does a new water heater cost?', EN, false);
    await expect(await log.findByText('Sona is typing…')).toBeVisible();
    await userEvent.click(log.getByRole('button', { name: 'Cancel' }));
    await expect(log.queryByText('Sona is typing…')).toBeNull();
    await expect(drawer.getByRole('textbox', { name: EN.message })).toHaveValue(
      'How much does a new water heater cost?',
    );
  },
};

/** The model fails once: the error says so in the transcript, the message stays, and Retry gets the answer. */
export const FailingEngine: Story = {
  parameters: {
    fixture: { makeEngine: () => withFailingTurns(createLocalSimulatorEngine(), 1) },
  },
  play: async ({ canvasElement }) => {
    const { drawer, log } = await openDrawer(canvasElement);
    await say(drawer, 'I have a question about my invoice', EN, false);
    await expect(await log.findByText(new RegExp(ENGINE_OUTAGE.replace(/[()]/g, '\\$&')))).toBeVisible();
    await expect(log.getByText('I have a question about my invoice')).toBeVisible();
    await userEvent.click(log.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(log.queryByRole('button', { name: 'Retry' })).toBeNull());
    await expect((await log.findAllByRole('button', { name: 'Why?' })).length).toBe(2);
  },
};

/** The published version of the main line: its older greeting (the draft changed it). */
export const PublishedVersion: Story = {
  play: async ({ canvasElement }) => {
    const { drawer, log } = await openDrawer(canvasElement);
    await userEvent.click(drawer.getByRole('radio', { name: 'Published' }));
    await expect(await log.findByText(/How can I help you today\?/)).toBeVisible();
    await expect(drawer.getByText('What real calls get today (revision 1).')).toBeVisible();
    await expect(log.queryByText(/Are you calling about a visit/)).toBeNull();
  },
};

/** A flow never published: Published is disabled and the drawer says why. */
export const NeverPublished: Story = {
  parameters: { fixture: { flowId: FIXTURE_FLOWS.support } },
  play: async ({ canvasElement }) => {
    const { drawer } = await openDrawer(canvasElement);
    await expect(drawer.getByRole('radio', { name: 'Published' })).toBeDisabled();
    await expect(drawer.getByRole('radio', { name: 'Draft' })).toBeChecked();
    await expect(drawer.getByText(/has never been published/)).toBeVisible();
  },
};

/** Recording the summary fails once: the summary says so, and Retry saving records it. */
export const SummaryNotSaved: Story = {
  parameters: {
    fixture: { makeAdapter: () => withFailingSummaries(createFixtureAdapter(), 1) },
  },
  play: async ({ canvasElement }) => {
    const { drawer } = await openDrawer(canvasElement);
    await say(drawer, 'Can someone call me back about my appointment?');
    await userEvent.click(drawer.getByRole('button', { name: 'End call' }));
    await expect(await drawer.findByText(new RegExp(SUMMARY_OUTAGE))).toBeVisible();
    await userEvent.click(drawer.getByRole('button', { name: 'Retry saving' }));
    await expect(await drawer.findByText('Saved to call summaries')).toBeVisible();
  },
};

/** The French designer, with a French caller. */
export const French: Story = {
  parameters: { fixture: { locale: 'fr' } },
  play: async ({ canvasElement }) => {
    const names = {
      testCall: 'Tester un appel',
      drawer: 'Appel simulé',
      message: 'Message de l’appelant',
      send: 'Envoyer',
      transcript: 'Transcription',
    };
    const { drawer, log } = await openDrawer(canvasElement, names, 'Publication');
    await say(drawer, 'Bonjour, j’aimerais prendre rendez-vous avec un plombier', names);
    const whys = await log.findAllByRole('button', { name: 'Pourquoi ?' });
    await userEvent.click(whys[whys.length - 1] as HTMLElement);
    await expect(await log.findByText('Tâche')).toBeVisible();
    // The job's instructions are English; the trace still explains in the designer's language.
    await expect(await log.findByText(/Tâche choisie/)).toBeVisible();
    await expect(drawer.getByRole('button', { name: 'Terminer l’appel' })).toBeEnabled();
  },
};

/** Dark theme, mid-call, with a trace open. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const { drawer, log } = await openDrawer(canvasElement);
    await say(drawer, 'I got a bill and I think I was charged twice');
    const whys = await log.findAllByRole('button', { name: 'Why?' });
    await userEvent.click(whys[whys.length - 1] as HTMLElement);
    await expect(await log.findByText('Billing question')).toBeVisible();
  },
};
