import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { InspectorFixture, type InspectorFixtureProps } from '../test/InspectorFixture';
import { StepInspector } from './StepInspector';

type FixtureParameters = Omit<InspectorFixtureProps, 'children'>;

const meta = {
  title: 'Designer/StepInspector',
  component: StepInspector,
  decorators: [
    (Story, context) => {
      const fixture = (context.parameters.fixture ?? {}) as FixtureParameters;
      return (
        <InspectorFixture {...fixture} theme={context.globals.theme === 'dark' ? 'dark' : 'light'}>
          <Story />
        </InspectorFixture>
      );
    },
  ],
} satisfies Meta<typeof StepInspector>;

export default meta;
type Story = StoryObj<typeof meta>;

function fixture(parameters: FixtureParameters) {
  return { fixture: parameters };
}

/** Nothing selected: a hint, and what Enter does on the canvas. */
export const Empty: Story = {
  parameters: fixture({}),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Select a step to see its settings')).toBeVisible();
    await expect(canvas.getByText(/press Enter/)).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Step settings' })).toBeVisible();
  },
};

/** The adapter is slow: the panel says it is loading. */
export const Loading: Story = {
  parameters: fixture({ latencyMs: 600_000, stepId: 'sona' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading the step settings…')).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Step settings' })).toHaveAttribute('aria-busy', 'true');
  },
};

export const IncomingCall: Story = {
  parameters: fixture({ stepId: 'start' }),
  play: async ({ canvas }) => {
    const title = await canvas.findByRole('textbox', { name: 'Title' });
    await expect(title).toHaveValue('Incoming call');
    await expect(title).toHaveAccessibleDescription(/Every call to this number starts here/);
    await expect(canvas.getByRole('combobox', { name: 'Next: goes to' })).toHaveDisplayValue(
      'Business hours',
    );
  },
};

export const BusinessHours: Story = {
  parameters: fixture({ stepId: 'hours' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('combobox', { name: 'Time zone' })).toHaveValue('UTC');
    await expect(canvas.getByRole('textbox', { name: 'Title' })).toHaveValue('Business hours');
    const monday = canvas.getByRole('group', { name: 'Monday' });
    await expect(within(monday).getByLabelText('Monday, hours 1: from')).toHaveValue('09:00');
    await expect(within(canvas.getByRole('group', { name: 'Sunday' })).getByText('Closed')).toBeVisible();

    await userEvent.click(within(monday).getByRole('button', { name: 'Add hours on Monday' }));
    await expect(within(monday).getByLabelText('Monday, hours 2: from')).toHaveValue('18:00');

    // An end before the start is refused with the core's words, inline.
    const end = within(monday).getByLabelText('Monday, hours 2: to');
    await userEvent.clear(end);
    await userEvent.type(end, '0700AM');
    await expect(await within(monday).findByText('A time range must end after it starts.')).toBeVisible();
    await expect(end).toHaveAttribute('aria-invalid', 'true');

    await userEvent.click(within(monday).getByRole('button', { name: 'Remove Monday hours 2' }));
    await expect(within(monday).queryByText('A time range must end after it starts.')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Add holiday' }));
    await expect(canvas.getByRole('textbox', { name: 'Name of holiday 1' })).toBeVisible();
  },
};

export const PhoneMenu: Story = {
  parameters: fixture({ stepId: 'menu' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('textbox', { name: 'Prompt' })).toHaveValue(
      'For sales press 1, for support press 2.',
    );
    await expect(canvas.getByRole('textbox', { name: 'Label of option 2' })).toHaveValue('Support');
    // Two options on one key: the second says what to do.
    const key = canvas.getByRole('combobox', { name: 'Key of option 2' });
    await userEvent.selectOptions(key, '1');
    await expect(await canvas.findByText('Key 1 is used twice: give each option its own key.')).toBeVisible();
    await expect(key).toHaveAttribute('aria-invalid', 'true');
    await userEvent.selectOptions(key, '3');
    await waitFor(() => expect(key).not.toHaveAttribute('aria-invalid'));
    await expect(canvas.getByRole('combobox', { name: 'Press 3: goes to' })).toHaveDisplayValue(
      'Support desk',
    );
  },
};

export const RingUsers: Story = {
  parameters: fixture({ stepId: 'ring' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('radio', { name: /All at once/ })).toBeChecked();
    await expect(canvas.getByText('Marc Dupont')).toBeVisible();
    await userEvent.click(canvas.getByRole('radio', { name: /Random batches/ }));
    await expect(canvas.getByRole('spinbutton', { name: 'People per batch' })).toHaveValue(3);

    const name = canvas.getByRole('textbox', { name: 'Name of the person to add' });
    await userEvent.type(name, 'Julie Gagnon{Enter}');
    await expect(canvas.getByText('Julie Gagnon')).toBeVisible();

    // An invalid ring time shows the core's message and stays in the field.
    const seconds = canvas.getByRole('spinbutton', { name: 'Ring time (seconds)' });
    await userEvent.clear(seconds);
    await userEvent.type(seconds, '2');
    await expect(await canvas.findByText('Ring time is at least 5 seconds.')).toBeVisible();
    await expect(seconds).toHaveValue(2);
    await expect(seconds).toHaveAccessibleDescription(/Ring time is at least 5 seconds\./);
  },
};

export const CustomGroups: Story = {
  parameters: fixture({ stepId: 'ring' }),
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('radio', { name: /Custom groups/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Add group' }));
    const group = canvas.getByRole('group', { name: 'Who is in group 1' });
    await expect(within(group).getByRole('textbox', { name: 'Name of group 1' })).toHaveValue('Group 1');
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Sophie Tremblay' }));
    await expect(within(group).getByRole('checkbox', { name: 'Sophie Tremblay' })).toBeChecked();
  },
};

export const Sona: Story = {
  parameters: fixture({ stepId: 'sona' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('textbox', { name: 'Title' })).toHaveValue('Support desk');
    await expect(canvas.getByRole('heading', { name: 'Sona step' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Greeting' })).toHaveAccessibleDescription(
      /What Sona says when it picks up\. 48 of 1,000 characters used/,
    );
    const history = canvas.getByRole('switch', { name: 'Conversation history' });
    await expect(history).toBeChecked();
    await userEvent.click(history);
    await expect(history).not.toBeChecked();

    await expect(canvas.getByRole('heading', { name: 'Jobs' })).toBeVisible();
    await expect(canvas.getByText('3 of 10')).toBeVisible();
    await expect(await canvas.findByRole('button', { name: 'Detach Water leak' })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Knowledge' })).toBeVisible();
    await expect(await canvas.findByText('Opening hours / Heures d’ouverture')).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Done: goes to' })).toHaveDisplayValue('End call');
    await expect(canvas.getByRole('combobox', { name: 'Hand-off: goes to' })).toHaveDisplayValue(
      'Nowhere — the call hangs up',
    );
  },
};

/** Ten jobs, the most a Sona step holds: the count turns to the warning colour and says how to make room. */
export const SonaWithTenJobs: Story = {
  parameters: fixture({ flowId: 'flow-support', stepId: 'sona-1' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('10 of 10')).toBeVisible();
    await expect(
      canvas.getByText('This step holds the most jobs it can: detach one to make room.'),
    ).toBeVisible();
    await expect(await canvas.findAllByRole('button', { name: /^Detach / })).toHaveLength(12);
  },
};

export const Voicemail: Story = {
  parameters: fixture({ stepId: 'vm' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('textbox', { name: 'Voicemail greeting' })).toHaveValue(
      'Leave us a message.',
    );
    await expect(canvas.queryByText('Where the call goes next')).toBeNull();
  },
};

export const PlayAudio: Story = {
  parameters: fixture({ stepId: 'promo' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('textbox', { name: 'Message' })).toHaveValue('We are closed.');
    const url = canvas.getByRole('textbox', { name: 'Recording URL (optional)' });
    await userEvent.type(url, 'recording.mp3');
    await expect(
      await canvas.findByText('Enter the full address of the recording, starting with https://.'),
    ).toBeVisible();
    await userEvent.clear(url);
    await waitFor(() => expect(url).not.toHaveAttribute('aria-invalid'));
  },
};

/** Typing an invalid number: the core's message appears under the field, which describes it. */
export const Forward: Story = {
  parameters: fixture({ stepId: 'fwd' }),
  play: async ({ canvas }) => {
    const number = await canvas.findByRole('textbox', { name: 'Phone number' });
    await expect(number).toHaveValue('+15145550100');
    await userEvent.clear(number);
    await userEvent.type(number, '514 555');
    const message = 'Enter the number in international format with its country code, e.g. +33 1 23 45 67 89.';
    await expect(await canvas.findByText(message)).toBeVisible();
    await expect(number).toHaveAttribute('aria-invalid', 'true');
    await expect(number).toHaveAccessibleDescription(
      new RegExp(`^${message.replaceAll('.', '\\.').replace('+', '\\+')}`),
    );
    await expect(number).toHaveValue('514 555');
  },
};

export const End: Story = {
  parameters: fixture({ stepId: 'end' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(
      'The call hangs up here.',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Close step settings' }));
    await expect(await canvas.findByText('Select a step to see its settings')).toBeVisible();
  },
};

/** The flow's validation problems for this step, at the top of the panel. */
export const ValidationErrors: Story = {
  parameters: fixture({ flowId: 'flow-errors', stepId: 'fwd' }),
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText(
        '“\u2068Office line\u2069” has no number to forward to: enter one with its country code.',
      ),
    ).toBeVisible();
    await expect(canvas.getByText('Error')).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Phone number' })).toHaveValue('');
  },
};

/** Read only: every field is disabled, and nothing offers to change the flow. */
export const ReadOnly: Story = {
  parameters: fixture({ stepId: 'sona', readOnly: true }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('textbox', { name: 'Title' })).toBeDisabled();
    await expect(canvas.getByRole('textbox', { name: 'Greeting' })).toBeDisabled();
    await expect(canvas.getByRole('switch', { name: 'Conversation history' })).toBeDisabled();
    await expect(canvas.getByRole('combobox', { name: 'Done: goes to' })).toBeDisabled();
    await expect(await canvas.findByText('Water leak')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /^Detach/ })).toBeNull();
    await expect(canvas.getByText('Read only')).toBeVisible();
  },
};

export const ReadOnlyBusinessHours: Story = {
  parameters: fixture({ stepId: 'hours', readOnly: true }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('combobox', { name: 'Time zone' })).toBeDisabled();
    await expect(canvas.queryByRole('button', { name: /Add hours/ })).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Copy Monday to weekdays' })).toBeNull();
    // Only the close button remains.
    await expect(canvas.getAllByRole('button')).toHaveLength(1);
  },
};

export const French: Story = {
  parameters: fixture({ stepId: 'sona', locale: 'fr' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('textbox', { name: 'Titre' })).toHaveValue('Support desk');
    await expect(canvas.getByRole('heading', { name: 'Étape Sona' })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Tâches' })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Connaissances' })).toBeVisible();
    await expect(canvas.getByText('3 sur 10')).toBeVisible();
    await expect(canvas.getByRole('switch', { name: 'Historique des conversations' })).toBeChecked();
    await expect(await canvas.findByRole('button', { name: 'Retirer Water leak' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Fermer les paramètres de l’étape' })).toBeVisible();
  },
};

export const FrenchBusinessHours: Story = {
  parameters: fixture({ stepId: 'hours', locale: 'fr' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('group', { name: 'Lundi' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Copier le lundi sur la semaine' })).toBeVisible();
    await expect(within(canvas.getByRole('group', { name: 'Samedi' })).getByText('Fermé')).toBeVisible();
  },
};

export const Dark: Story = {
  parameters: fixture({ stepId: 'sona' }),
  globals: { theme: 'dark' },
  play: async ({ canvasElement, canvas }) => {
    await expect(await canvas.findByRole('textbox', { name: 'Title' })).toBeVisible();
    await expect(canvasElement.querySelector('.sona-root .sona-root')).toHaveAttribute('data-theme', 'dark');
  },
};

export const DarkBusinessHours: Story = {
  parameters: fixture({ stepId: 'hours' }),
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('group', { name: 'Monday' })).toBeVisible();
  },
};
