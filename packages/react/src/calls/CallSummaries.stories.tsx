import type { DesignerAdapter } from '@sona-designer/core';
import { JOB_IDS } from '@sona-designer/core/demo';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { Locale } from '../i18n';
import { createCallSummariesAdapter, withFailingSummaries } from '../test/callSummaryFixtures';
import { createFixtureAdapter } from '../test/fixtures';
import { LibraryFrame } from '../test/libraryFrame';
import { CallSummaries } from './CallSummaries';

interface Loaded {
  adapter: DesignerAdapter;
}

const meta = {
  title: 'Simulator/CallSummaries',
  component: CallSummaries,
  args: { onOpenJob: fn() },
  loaders: [async () => ({ adapter: await createCallSummariesAdapter() })],
  render: (args, { loaded, parameters, globals }) => (
    <LibraryFrame
      adapter={(loaded as Loaded).adapter}
      locale={(parameters.locale as Locale | undefined) ?? 'en'}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
    >
      <div style={{ height: '100%', maxWidth: (parameters.width as string | undefined) ?? 'none' }}>
        <CallSummaries {...args} />
      </div>
    </LibraryFrame>
  ),
} satisfies Meta<typeof CallSummaries>;

export default meta;
type Story = StoryObj<typeof meta>;

async function callList(canvasElement: HTMLElement, name = 'Calls') {
  return within(await within(canvasElement).findByRole('list', { name }, { timeout: 5000 }));
}

function callers(list: ReturnType<typeof within>) {
  return list
    .getAllByRole('button')
    .map((button: HTMLElement) => button.querySelector('.sona-calls__item-caller')?.textContent);
}

/** Six recorded calls over the demo flows, newest first, each with its outcome, version, flow, step and job. */
export const Default: Story = {
  play: async ({ canvasElement, canvas }) => {
    const list = await callList(canvasElement);
    await expect(canvas.getByText('6 calls')).toBeVisible();
    await expect(callers(list)).toEqual([
      'Unknown (+1 438 555 0191)',
      'Julie Tremblay',
      'Jean Tremblay',
      'Priya Raman',
      'Marc-André Gagnon',
      'Nadia Haddad',
    ]);
    const julie = list.getByRole('button', { name: /Julie Tremblay/ });
    await expect(julie).toHaveTextContent('Appointment booked');
    await expect(julie).toHaveTextContent('Draft');
    await expect(
      await within(julie).findByText(/Main line\u2069 · \u2068Front desk\u2069 · \u2068Book a service visit/),
    ).toBeVisible();
    await expect(canvas.getByText('Choose a call to see its summary and full transcript.')).toBeVisible();
  },
};

/** Filters narrow the list: the outcome, then a Sona step (which also picks its call flow), then the version. */
export const FiltersNarrowing: Story = {
  play: async ({ canvasElement, canvas }) => {
    await callList(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Outcome' }), 'Message taken');
    await expect(await canvas.findByText('1 call')).toBeVisible();
    await expect(callers(await callList(canvasElement))).toEqual(['Priya Raman']);

    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Outcome' }), 'All outcomes');
    const step = canvas.getByRole('combobox', { name: 'Sona step' });
    await waitFor(() => expect(within(step).getByRole('option', { name: 'Front desk' })).toBeInTheDocument());
    await userEvent.selectOptions(step, 'Front desk');
    await expect(canvas.getByRole('combobox', { name: 'Call flow' })).toHaveDisplayValue('Main line');
    await expect(await canvas.findByText('3 calls')).toBeVisible();

    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Version' }), 'Published');
    await expect(await canvas.findByText('1 call')).toBeVisible();
    await expect(callers(await callList(canvasElement))).toEqual(['Marc-André Gagnon']);
    await userEvent.click(canvas.getByRole('button', { name: 'Clear filters' }));
    await expect(await canvas.findByText('6 calls')).toBeVisible();
  },
};

/** The detail of a call beside the list: caller, intent, job, collected fields, actions and the full transcript. */
export const Detail: Story = {
  play: async ({ canvasElement, canvas, args }) => {
    const list = await callList(canvasElement);
    await userEvent.click(list.getByRole('button', { name: /Julie Tremblay/ }));
    const detail = within(canvas.getByRole('region', { name: 'Julie Tremblay' }));
    await expect(list.getByRole('button', { name: /Julie Tremblay/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(
      detail.getByText('Book a plumber to fix a leaking kitchen tap on Tuesday morning.'),
    ).toBeVisible();
    await expect(detail.getByText('8 turns')).toBeVisible();
    await expect(detail.getByText('Tuesday, 8:00–12:00')).toBeVisible();
    await expect(detail.getByText('Your visit is booked for Tuesday between 8:00 and 12:00.')).toBeVisible();
    const transcript = within(detail.getByRole('list', { name: 'Transcript' }));
    await expect(transcript.getAllByRole('listitem')).toHaveLength(9);
    await expect(transcript.getByText('The morning, please.')).toBeVisible();
    await userEvent.click(detail.getByRole('button', { name: 'Open “\u2068Book a service visit\u2069”' }));
    await expect(args.onOpenJob).toHaveBeenCalledWith(JOB_IDS.bookService);
  },
};

/** A narrow container: the detail goes under the list, and choosing a call takes the focus to it. */
export const Stacked: Story = {
  parameters: { width: '560px' },
  play: async ({ canvasElement, canvas }) => {
    const list = await callList(canvasElement);
    list.getByRole('button', { name: /Jean Tremblay/ }).focus();
    await userEvent.keyboard('{Enter}');
    const heading = await canvas.findByRole('heading', { name: 'Jean Tremblay' });
    await waitFor(() => expect(heading).toHaveFocus());
    const listBox = canvas.getByRole('list', { name: 'Calls' }).getBoundingClientRect();
    await expect(heading.getBoundingClientRect().top).toBeGreaterThan(listBox.bottom);
    await expect(canvas.getByText('Outside number: +1 514 555 0100 (on-call technician)')).toBeVisible();
  },
};

/** The keyboard: arrows move between the calls, Enter opens one. */
export const Keyboard: Story = {
  play: async ({ canvasElement, canvas }) => {
    const list = await callList(canvasElement);
    list.getAllByRole('button')[0]?.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(list.getByRole('button', { name: /Jean Tremblay/ })).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(list.getByRole('button', { name: /Nadia Haddad/ })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByRole('heading', { name: 'Nadia Haddad' })).toBeVisible();
  },
};

/** A workspace where nobody has run a test call yet. */
export const Empty: Story = {
  loaders: [() => ({ adapter: createFixtureAdapter() })],
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('No simulated calls yet')).toBeVisible();
    await expect(canvas.getByText(/Run a Test call on a Sona step/)).toBeVisible();
    await expect(canvas.queryByRole('combobox', { name: 'Outcome' })).toBeNull();
  },
};

/** The adapter fails once: the failure says what happened, and Try again loads the calls. */
export const FailedWithRetry: Story = {
  loaders: [async () => ({ adapter: withFailingSummaries(await createCallSummariesAdapter(), 1) })],
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Couldn’t load the call summaries.');
    await expect(alert).toHaveTextContent(
      'The workspace could not be reached. Your work is kept: try again.',
    );
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByText('6 calls')).toBeVisible();
  },
};

/** A slow workspace: the list says it is loading. */
export const Loading: Story = {
  loaders: [async () => ({ adapter: await createCallSummariesAdapter({ latencyMs: 600_000 }) })],
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading call summaries…')).toBeVisible();
    await expect(canvas.queryByRole('list', { name: 'Calls' })).toBeNull();
  },
};

/** The French designer, with a call's detail open. */
export const French: Story = {
  parameters: { locale: 'fr' },
  play: async ({ canvasElement, canvas }) => {
    const list = await callList(canvasElement, 'Appels');
    await expect(canvas.getByText('6 appels')).toBeVisible();
    await userEvent.click(list.getByRole('button', { name: /Marc-André Gagnon/ }));
    const detail = within(canvas.getByRole('region', { name: 'Marc-André Gagnon' }));
    await expect(detail.getByText('Résolu')).toBeVisible();
    await expect(detail.getByText('Publiée')).toBeVisible();
    await expect(detail.getByRole('heading', { name: 'Transcription' })).toBeVisible();
    await expect(detail.getByText('6 tours de parole')).toBeVisible();
  },
};

/** Dark theme, with the detail of a transferred call open. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement, canvas }) => {
    const list = await callList(canvasElement);
    await userEvent.click(list.getByRole('button', { name: /Jean Tremblay/ }));
    await expect(await canvas.findByRole('heading', { name: 'Jean Tremblay' })).toBeVisible();
  },
};

/** Opened from a call flow: the list starts filtered to it. */
export const PresetFlow: Story = {
  args: { callFlowId: 'flow-sales' },
  play: async ({ canvasElement, canvas }) => {
    const list = await callList(canvasElement);
    await expect(callers(list)).toEqual(['Nadia Haddad']);
    await waitFor(() =>
      expect(canvas.getByRole('combobox', { name: 'Call flow' })).toHaveDisplayValue('Sales line'),
    );
  },
};
