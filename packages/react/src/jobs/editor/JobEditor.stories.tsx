import {
  type DesignerAdapter,
  type JobInput,
  templateToJobInput,
  truncateGraphemes,
} from '@sona-designer/core';
import { getJobTemplate } from '@sona-designer/core/templates';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Locale } from '../../i18n';
import { createFixtureAdapter } from '../../test/fixtures';
import {
  editElsewhere,
  JobEditorHarness,
  jobsNamed,
  UNUSED_JOB,
  WIDELY_USED_JOB,
  withFailingJobWrites,
  withSlowReads,
} from '../../test/jobEditorFixtures';
import { JobEditor } from './JobEditor';

interface Fixture {
  jobId?: string;
  initial?: Partial<JobInput>;
  locale?: Locale;
  readOnly?: boolean;
}

interface Loaded {
  adapter: DesignerAdapter;
  setFailing?(failing: boolean): void;
}

const meta = {
  title: 'Jobs/JobEditor',
  component: JobEditor,
  // Open dialogs cover the page: on the Docs page each story gets its own frame.
  parameters: { docs: { story: { inline: false, height: '640px' } } },
  args: { open: true, onOpenChange: () => {} },
  loaders: [() => ({ adapter: createFixtureAdapter() })],
  render: (_args, { loaded, parameters, globals }) => (
    <JobEditorHarness
      adapter={(loaded as Loaded).adapter}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
      {...((parameters.fixture ?? {}) as Fixture)}
    />
  ),
} satisfies Meta<typeof JobEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

const fixture = (value: Fixture) => ({ fixture: value });

async function editor(canvasElement: HTMLElement, name: string | RegExp = 'New job') {
  return within(await within(canvasElement).findByRole('dialog', { name }, { timeout: 5000 }));
}

/** Exactly `count` characters as a person sees them, made of `phrase` repeated. */
function textOf(phrase: string, count: number): string {
  return truncateGraphemes(phrase.repeat(Math.ceil(count / 2) + 1), count);
}

const STEPS = [
  '1. Greet the caller and ask what they need.',
  '2. Ask for their name and the best number to call back.',
  '3. Read the details back and confirm them.',
];
const GREETING = { name: 'Order replacement parts', instructions: STEPS.join('\n') };

/** A new job from scratch: type a name and instructions, then save. */
export const New: Story = {
  play: async ({ canvasElement, loaded }) => {
    const dialog = await editor(canvasElement);
    const save = dialog.getByRole('button', { name: 'Save job' });
    await expect(save).toBeDisabled();
    await userEvent.type(dialog.getByRole('textbox', { name: 'Name' }), 'Order replacement parts');
    await expect(dialog.getByText('23 / 100')).toBeVisible();
    await userEvent.type(
      dialog.getByRole('textbox', { name: 'Trigger' }),
      'The caller needs a part for a repair.',
    );
    await userEvent.type(dialog.getByRole('textbox', { name: 'Instructions' }), '1. Ask which appliance.');
    await userEvent.click(save);
    await expect(
      await within(canvasElement).findByText('Saved “Order replacement parts”, version 1'),
    ).toBeVisible();
    await expect(await jobsNamed((loaded as Loaded).adapter, 'Order replacement parts')).toHaveLength(1);
  },
};

const INTAKE_TEMPLATE = getJobTemplate('send-an-intake-form', 'en');

/** A new job prefilled from a template (what Customize opens), ready to adjust and save. */
export const FromTemplate: Story = {
  parameters: fixture(INTAKE_TEMPLATE ? { initial: templateToJobInput(INTAKE_TEMPLATE) } : {}),
  play: async ({ canvasElement }) => {
    const dialog = await editor(canvasElement);
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Send an intake form by SMS');
    await expect(dialog.getByRole('button', { name: 'Save job' })).toBeEnabled();
  },
};

/** Editing a job used by five Sona steps: before saving, the editor says where the change applies at once. */
export const Edit: Story = {
  parameters: fixture({ jobId: WIDELY_USED_JOB }),
  play: async ({ canvasElement, loaded }) => {
    const dialog = await editor(canvasElement, 'Edit job');
    const trigger = await dialog.findByRole('textbox', { name: 'Trigger' });
    await expect(dialog.getByText('Used by 5 steps in 4 call flows')).toBeVisible();
    await userEvent.type(trigger, ' Also when they ask for the owner.');
    await userEvent.click(dialog.getByRole('button', { name: 'Save job' }));
    await expect(
      await dialog.findByText(
        'This job is used by 5 steps in 4 call flows; your change applies to them immediately.',
      ),
    ).toBeVisible();
    const places = within(dialog.getByRole('list', { name: 'Where this job is used' })).getAllByRole(
      'listitem',
    );
    await expect(places).toHaveLength(5);
    await expect(places[2]).toHaveTextContent(/Main line.*Front desk.*Draft and published/);
    await expect(dialog.getByRole('button', { name: 'Save and apply' })).toBeVisible();
    await expect((await (loaded as Loaded).adapter.getJob(WIDELY_USED_JOB)).version).toBe(1);
  },
};

/** 100 × "é": exactly at the 100-character limit, accepted. */
export const NameAtLimit: Story = {
  parameters: fixture({ initial: { ...GREETING, name: 'é'.repeat(100) } }),
  play: async ({ canvasElement }) => {
    const dialog = await editor(canvasElement);
    await expect(dialog.getByText('100 / 100')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Save job' })).toBeEnabled();
    await expect(dialog.queryByText(/Name is too long/)).toBeNull();
  },
};

/** One "é" more: the counter turns red, the core's message says what to do, Save is blocked. */
export const NameOverLimit: Story = {
  parameters: NameAtLimit.parameters,
  play: async ({ canvasElement }) => {
    const dialog = await editor(canvasElement);
    await userEvent.type(dialog.getByRole('textbox', { name: 'Name' }), 'é');
    await expect(dialog.getByText('101 / 100')).toBeVisible();
    await expect(
      dialog.getByText('Name is too long: 101 characters, the limit is 100. Shorten it by 1.'),
    ).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Save job' })).toBeDisabled();
  },
};

const DESCRIPTION_500 = textOf('Merci 👍🏽 ', 500);

/** 500 characters with skin-toned emoji, each counted as one. */
export const DescriptionAtLimit: Story = {
  parameters: fixture({ initial: { ...GREETING, description: DESCRIPTION_500 } }),
  play: async ({ canvasElement }) => {
    const dialog = await editor(canvasElement);
    await expect(dialog.getByText('500 / 500')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Save job' })).toBeEnabled();
  },
};

export const DescriptionOverLimit: Story = {
  parameters: DescriptionAtLimit.parameters,
  play: async ({ canvasElement }) => {
    const dialog = await editor(canvasElement);
    await userEvent.type(dialog.getByRole('textbox', { name: 'Description' }), '👍🏽');
    await expect(dialog.getByText('501 / 500')).toBeVisible();
    await expect(dialog.getByText(/Description is too long: 501 characters/)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Save job' })).toBeDisabled();
  },
};

const TRIGGER_500 = textOf('Déménagement à Québec 👨‍👩‍👧 ', 500);

/** Accented text and a family emoji (one character) at the trigger's 500-character limit. */
export const TriggerAtLimit: Story = {
  parameters: fixture({ initial: { ...GREETING, trigger: TRIGGER_500 } }),
  play: DescriptionAtLimit.play,
};

export const TriggerOverLimit: Story = {
  parameters: TriggerAtLimit.parameters,
  play: async ({ canvasElement }) => {
    const dialog = await editor(canvasElement);
    await userEvent.type(dialog.getByRole('textbox', { name: 'Trigger' }), 'ç');
    await expect(dialog.getByText('501 / 500')).toBeVisible();
    await expect(dialog.getByText(/Trigger is too long: 501 characters/)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Save job' })).toBeDisabled();
  },
};

const INSTRUCTIONS_10000 = truncateGraphemes(
  Array.from(
    { length: 200 },
    (_, index) =>
      `${index + 1}. Confirm the address, the unit number and the entry code with the caller (é, ü, 👍🏽).`,
  ).join('\n'),
  10000,
);

/** 10,000 characters of instructions: the most a job holds. */
export const InstructionsAtLimit: Story = {
  parameters: fixture({ initial: { name: 'Site visit checklist', instructions: INSTRUCTIONS_10000 } }),
  play: async ({ canvasElement }) => {
    const dialog = await editor(canvasElement);
    await expect(dialog.getByText('10,000 / 10,000')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Save job' })).toBeEnabled();
  },
};

export const InstructionsOverLimit: Story = {
  parameters: fixture({ initial: { name: 'Site visit checklist', instructions: INSTRUCTIONS_10000 } }),
  play: async ({ canvasElement }) => {
    const dialog = await editor(canvasElement);
    await userEvent.type(dialog.getByRole('textbox', { name: 'Instructions' }), '!');
    await expect(dialog.getByText('10,001 / 10,000')).toBeVisible();
    await expect(
      dialog.getByText('Instructions is too long: 10,001 characters, the limit is 10,000. Shorten it by 1.'),
    ).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Save job' })).toBeDisabled();
  },
};

/** Insert action: an SMS, then a transfer; steps written after the transfer are flagged, since they never run. */
export const InsertAction: Story = {
  parameters: fixture({
    initial: {
      name: 'Send the intake form',
      instructions: '1. Tell the caller we will text them our intake form.\n2. Ask them to fill it in today.',
    },
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const dialog = await editor(canvasElement);
    const instructions = dialog.getByRole('textbox', { name: 'Instructions' }) as HTMLTextAreaElement;
    instructions.focus();
    const endOfFirstLine = instructions.value.indexOf('\n');
    instructions.setSelectionRange(endOfFirstLine, endOfFirstLine);

    await userEvent.click(dialog.getByRole('button', { name: 'Insert action' }));
    await userEvent.type(
      await canvas.findByRole('textbox', { name: 'Text of the SMS' }),
      'Here is our intake form: https://dupont.example/form',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Insert' }));
    await waitFor(() =>
      expect(instructions.value).toBe(
        '1. Tell the caller we will text them our intake form.\n[sms: Here is our intake form: https://dupont.example/form]\n2. Ask them to fill it in today.',
      ),
    );
    await expect(instructions).toHaveFocus();

    instructions.setSelectionRange(endOfFirstLine, endOfFirstLine);
    await userEvent.click(dialog.getByRole('button', { name: 'Insert action' }));
    await userEvent.click(await canvas.findByRole('radio', { name: 'Transfer to a shared inbox' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Shared inbox' }), 'Support');
    await userEvent.click(canvas.getByRole('button', { name: 'Insert' }));
    await expect(
      await dialog.findByText(/Line 4: Sona leaves the call at the transfer on line 2/),
    ).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Go to line 4' })).toBeVisible();
  },
};

async function openConflict(canvasElement: HTMLElement, adapter: DesignerAdapter) {
  const dialog = await editor(canvasElement, 'Edit job');
  const name = await dialog.findByRole('textbox', { name: 'Name' });
  const original = await adapter.getJob(UNUSED_JOB);
  // A teammate saves their version while this editor is open.
  await editElsewhere(adapter, UNUSED_JOB, {
    trigger: 'A supplier, a sales rep or a delivery company calls the office.',
    instructions: `${original.instructions}\n9. If it is a delivery, ask for the tracking number.`,
  });
  await userEvent.clear(name);
  await userEvent.type(name, 'Supplier and vendor calls');
  await userEvent.type(
    dialog.getByRole('textbox', { name: 'Instructions' }),
    '\n9. Never confirm an order on the phone: ask for it by email.',
  );
  await userEvent.click(dialog.getByRole('button', { name: 'Save job' }));
  await expect(await dialog.findByRole('heading', { name: 'Someone else changed this job' })).toBeVisible();
  return { dialog, original };
}

/** A real conflict: someone saves the job through the adapter while it is open here; saving shows both versions. */
export const Conflict: Story = {
  parameters: fixture({ jobId: UNUSED_JOB }),
  play: async ({ canvasElement, loaded }) => {
    const { dialog } = await openConflict(canvasElement, (loaded as Loaded).adapter);
    const instructions = within(dialog.getByRole('region', { name: 'Instructions' }));
    await expect(instructions.getByText('Changed by both of you')).toBeVisible();
    await expect(
      instructions.getByText('9. If it is a delivery, ask for the tracking number.'),
    ).toBeVisible();
    await expect(
      instructions.getByText('9. Never confirm an order on the phone: ask for it by email.'),
    ).toBeVisible();
    await expect(
      within(dialog.getByRole('region', { name: 'Trigger' })).getByRole('radio', { name: 'Keep theirs' }),
    ).toBeChecked();
  },
};

/** Resolving without losing text: their trigger, my name, and for the instructions both last steps. */
export const ConflictResolved: Story = {
  parameters: fixture({ jobId: UNUSED_JOB }),
  play: async ({ canvasElement, loaded }) => {
    const { adapter } = loaded as Loaded;
    const { dialog, original } = await openConflict(canvasElement, adapter);
    await userEvent.click(dialog.getByRole('button', { name: 'Edit merged job' }));
    const instructions = dialog.getByRole('textbox', { name: 'Instructions' });
    await userEvent.type(instructions, '\n10. If it is a delivery, ask for the tracking number.');
    await userEvent.click(dialog.getByRole('button', { name: 'Save job' }));
    await expect(
      await within(canvasElement).findByText(/^Saved “Supplier and vendor calls”, version 3$/),
    ).toBeVisible();
    const stored = await adapter.getJob(UNUSED_JOB);
    await expect(stored.trigger).toBe('A supplier, a sales rep or a delivery company calls the office.');
    await expect(stored.instructions).toBe(
      `${original.instructions}\n9. Never confirm an order on the phone: ask for it by email.\n10. If it is a delivery, ask for the tracking number.`,
    );
  },
};

const failingLoader = () => {
  const { adapter, setFailing } = withFailingJobWrites(createFixtureAdapter());
  return { adapter, setFailing };
};

/** The workspace cannot be reached: the message says the work is kept, with Retry. */
export const SaveFailed: Story = {
  loaders: [failingLoader],
  parameters: fixture({ initial: GREETING }),
  play: async ({ canvasElement }) => {
    const dialog = await editor(canvasElement);
    await userEvent.click(dialog.getByRole('button', { name: 'Save job' }));
    await expect(await dialog.findByRole('alert')).toHaveTextContent(
      'Couldn’t save the job. Your changes are kept: try again.',
    );
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Order replacement parts');
    await expect(dialog.getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const SaveFailedThenRetry: Story = {
  loaders: [failingLoader],
  parameters: fixture({ initial: GREETING }),
  play: async ({ canvasElement, loaded }) => {
    const dialog = await editor(canvasElement);
    await userEvent.click(dialog.getByRole('button', { name: 'Save job' }));
    await userEvent.click(await dialog.findByRole('button', { name: 'Retry' }));
    await expect(await dialog.findByRole('alert')).toBeVisible();
    (loaded as Loaded).setFailing?.(false);
    await userEvent.click(dialog.getByRole('button', { name: 'Retry' }));
    await expect(
      await within(canvasElement).findByText('Saved “Order replacement parts”, version 1'),
    ).toBeVisible();
  },
};

/** The job is still on its way from the adapter. */
export const Loading: Story = {
  loaders: [() => ({ adapter: withSlowReads(createFixtureAdapter(), -1) })],
  parameters: fixture({ jobId: WIDELY_USED_JOB }),
  play: async ({ canvasElement }) => {
    const dialog = await editor(canvasElement, 'Edit job');
    await expect(dialog.getByRole('status')).toHaveTextContent('Loading the job…');
    await expect(dialog.queryByRole('textbox')).toBeNull();
  },
};

/** A job deleted elsewhere cannot be opened. */
export const NotFound: Story = {
  parameters: fixture({ jobId: 'job-deleted-elsewhere' }),
  play: async ({ canvasElement }) => {
    const dialog = await editor(canvasElement, 'Edit job');
    await expect(await dialog.findByRole('alert')).toHaveTextContent(/no longer exists/);
  },
};

export const ReadOnly: Story = {
  parameters: fixture({ jobId: WIDELY_USED_JOB, readOnly: true }),
  play: async ({ canvasElement }) => {
    const dialog = await editor(canvasElement, 'Job');
    await expect(await dialog.findByRole('textbox', { name: 'Name' })).toHaveAttribute('readonly');
    await expect(dialog.queryByRole('button', { name: 'Save job' })).toBeNull();
    await expect(dialog.queryByRole('button', { name: 'Insert action' })).toBeNull();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: fixture({ jobId: WIDELY_USED_JOB }),
  play: async ({ canvasElement }) => {
    const dialog = await editor(canvasElement, 'Edit job');
    await expect(await dialog.findByRole('textbox', { name: 'Name' })).toHaveValue('Take a message');
    await userEvent.type(dialog.getByRole('textbox', { name: 'Name' }), ' or a request');
    await expect(dialog.getByRole('button', { name: 'Save job' })).toBeEnabled();
  },
};

export const French: Story = {
  parameters: fixture({
    locale: 'fr',
    initial: { name: 'é'.repeat(100), instructions: '1. Saluez l’appelant.' },
  }),
  play: async ({ canvasElement }) => {
    const dialog = await editor(canvasElement, 'Nouvelle tâche');
    await expect(dialog.getByRole('textbox', { name: 'Déclencheur' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Insérer une action' })).toBeVisible();
    await userEvent.type(dialog.getByRole('textbox', { name: 'Nom' }), 'é');
    await expect(
      // Testing Library reads no-break spaces as spaces.
      dialog.getByText('Nom : trop long, 101 caractères pour une limite de 100. Raccourcissez de 1.'),
    ).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Enregistrer la tâche' })).toBeDisabled();
  },
};

/** Escape, Cancel or a click outside with unsaved changes: the editor asks before discarding them. */
export const UnsavedChangesConfirm: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const dialog = await editor(canvasElement);
    await userEvent.type(dialog.getByRole('textbox', { name: 'Name' }), 'Half-written job');
    await userEvent.keyboard('{Escape}');
    const confirm = within(await canvas.findByRole('alertdialog', { name: 'Discard your changes?' }));
    await expect(confirm.getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await userEvent.click(confirm.getByRole('button', { name: 'Keep editing' }));
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Half-written job');
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    await expect(await canvas.findByRole('alertdialog', { name: 'Discard your changes?' })).toBeVisible();
  },
};
