import { JOB_IDS } from '@sona-designer/core/demo';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  createEmptyWorkspaceAdapter,
  createLargeWorkspaceAdapter,
  EMPTY_FLOW_ID,
  EMPTY_FLOW_SONA,
  withFailingLists,
  withPendingLists,
} from '../../test/jobsFixtures';
import {
  FRONT_DESK,
  type PickerFixture,
  pickerStoryRender,
  SUPPORT_DESK,
  setJobs,
} from '../../test/jobsHarness';
import { JobPicker } from './JobPicker';

const meta = {
  title: 'Jobs/JobPicker',
  component: JobPicker,
  args: { open: true, onOpenChange: () => {}, stepId: FRONT_DESK },
  // Open dialogs cover the page: on the Docs page each story gets its own frame.
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, height: '640px' } } },
  render: pickerStoryRender('jobs'),
} satisfies Meta<typeof JobPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

function fixture(parameters: PickerFixture) {
  return { fixture: parameters };
}

async function openDialog(canvasElement: HTMLElement, name: RegExp | string = 'Add job') {
  return within(canvasElement).findByRole('dialog', { name }, { timeout: 5000 });
}

/** The main line's Front desk: six of ten jobs attached, every job of the workspace listed by name. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const dialog = within(await openDialog(canvasElement));
    await expect(await dialog.findByText('26 jobs')).toBeVisible();
    await expect(dialog.getByText('6 of 10')).toBeVisible();
    await expect(dialog.getByRole('searchbox', { name: 'Search jobs' })).toHaveFocus();
    await expect(dialog.getByRole('checkbox', { name: 'Book a service visit' })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: 'After-hours emergency' })).not.toBeChecked();
    await expect(dialog.getByText(/changes this step’s draft only/)).toBeVisible();
    // Where else each job is used, for the rows in view.
    await waitFor(() =>
      expect(dialog.getByRole('checkbox', { name: 'Billing question' })).toHaveAccessibleDescription(
        /Also in 1 step in 1 call flow$/,
      ),
    );
    await waitFor(() =>
      expect(dialog.getByRole('checkbox', { name: 'Book a service visit' })).toHaveAccessibleDescription(
        /Not used in any other step$/,
      ),
    );
    await userEvent.type(dialog.getByRole('searchbox', { name: 'Search jobs' }), 'message');
    await waitFor(() =>
      expect(dialog.getByRole('checkbox', { name: 'Take a message' })).toHaveAccessibleDescription(
        /Also in 4 steps in 4 call flows$/,
      ),
    );
  },
};

/** One job attached. */
export const OneAttached: Story = {
  parameters: fixture({ setup: (store) => setJobs(store, FRONT_DESK, [JOB_IDS.billing]) }),
  play: async ({ canvasElement }) => {
    const dialog = within(await openDialog(canvasElement));
    await expect(await dialog.findByText('1 of 10')).toBeVisible();
    await expect(await dialog.findByRole('checkbox', { name: 'Billing question' })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: 'Book a service visit' })).not.toBeChecked();
  },
};

/** Ten of ten: the other jobs are disabled, a message says how to free a place, and the 11th is refused aloud. */
export const TenOfTen: Story = {
  parameters: fixture({ flowId: 'flow-support', stepId: SUPPORT_DESK }),
  play: async ({ canvasElement }) => {
    const dialog = within(await openDialog(canvasElement));
    await expect(await dialog.findByText('10 of 10')).toBeVisible();
    await expect(dialog.getByText(/holds 10 jobs, the most it can/)).toBeVisible();
    const eleventh = await dialog.findByRole('checkbox', { name: 'After-hours emergency' });
    await expect(eleventh).toBeDisabled();
    await expect(dialog.getByRole('checkbox', { name: 'Billing question' })).toBeEnabled();
    // Clicking a full row says why nothing happened.
    await userEvent.click(dialog.getByText('After-hours emergency'), { pointerEventsCheck: 0 });
    await expect(await dialog.findByText(/Not attached: this Sona step already holds 10 jobs/)).toBeVisible();
    await expect(eleventh).not.toBeChecked();
    await expect(dialog.getByText('10 of 10')).toBeVisible();
  },
};

/** Attaching from six up to ten: then every unattached row is disabled. */
export const AttachUpToTen: Story = {
  play: async ({ canvasElement }) => {
    const dialog = within(await openDialog(canvasElement));
    for (const name of [
      'After-hours emergency',
      'Backflow test certificate',
      'Bathroom or kitchen renovation lead',
      'Clogged drain',
    ]) {
      await userEvent.click(await dialog.findByRole('checkbox', { name }));
    }
    await expect(await dialog.findByText('10 of 10')).toBeVisible();
    await expect(dialog.getByRole('status')).toHaveTextContent(/most it can/);
    const boxes = dialog.getAllByRole('checkbox');
    for (const box of boxes) {
      if (!(box as HTMLInputElement).checked) await expect(box).toBeDisabled();
    }
    await expect(dialog.getByRole('checkbox', { name: 'Complaint about completed work' })).toBeDisabled();
  },
};

/** 10,000 jobs: paged and virtualised, the search narrows them through the adapter. */
export const LargeWorkspace: Story = {
  parameters: fixture({ makeAdapter: () => createLargeWorkspaceAdapter(10_000) }),
  play: async ({ canvasElement }) => {
    const dialogElement = await openDialog(canvasElement);
    const dialog = within(dialogElement);
    await expect(await dialog.findByText('10,000 jobs')).toBeVisible();
    await expect(dialogElement.querySelectorAll('li').length).toBeLessThanOrEqual(60);
    await userEvent.type(dialog.getByRole('searchbox', { name: 'Search jobs' }), 'drain cleaning verdun');
    await expect(await dialog.findByText('10 jobs match', {}, { timeout: 5000 })).toBeVisible();
    const boxes = dialog.getAllByRole('checkbox');
    await expect(boxes.length).toBe(10);
    for (const box of boxes) await expect(box).toHaveAccessibleName(/drain cleaning — Verdun/);
    await expect(dialogElement.querySelectorAll('li').length).toBeLessThanOrEqual(60);
  },
};

/** A workspace without jobs: say so, and offer to create the first one. */
export const EmptyWorkspace: Story = {
  parameters: fixture({
    makeAdapter: createEmptyWorkspaceAdapter,
    flowId: EMPTY_FLOW_ID,
    stepId: EMPTY_FLOW_SONA,
  }),
  play: async ({ canvasElement }) => {
    const dialog = within(await openDialog(canvasElement));
    await expect(await dialog.findByText('No jobs yet')).toBeVisible();
    await expect(dialog.getByText('0 of 10')).toBeVisible();
    await userEvent.click(dialog.getByRole('button', { name: 'Create job' }));
    const menu = within(
      await within(canvasElement).findByRole('dialog', { name: 'How to start the new job' }),
    );
    await expect(menu.getByRole('button', { name: 'Start from scratch' })).toBeVisible();
    await expect(menu.getByRole('button', { name: 'Start from a template' })).toBeVisible();
  },
};

/** A search that matches nothing, and Clear search. */
export const NoResults: Story = {
  play: async ({ canvasElement }) => {
    const dialog = within(await openDialog(canvasElement));
    await dialog.findByText('26 jobs');
    await userEvent.type(dialog.getByRole('searchbox', { name: 'Search jobs' }), 'chimney sweep');
    await expect(await dialog.findByText('No jobs match “chimney sweep”')).toBeVisible();
    await userEvent.click(dialog.getByRole('button', { name: 'Clear search' }));
    await expect(await dialog.findByText('26 jobs')).toBeVisible();
    await expect(dialog.getByRole('searchbox', { name: 'Search jobs' })).toHaveFocus();
  },
};

/** The adapter has not answered yet. */
export const Loading: Story = {
  parameters: fixture({ makeAdapter: () => withPendingLists() }),
  play: async ({ canvasElement }) => {
    const dialog = within(await openDialog(canvasElement));
    await expect(await dialog.findByText('Loading jobs…')).toBeVisible();
  },
};

/** The list could not load: the adapter's message and Retry, which works the second time. */
export const LoadFailed: Story = {
  parameters: fixture({ makeAdapter: () => withFailingLists(undefined, 1) }),
  play: async ({ canvasElement }) => {
    const dialog = within(await openDialog(canvasElement));
    await expect(await dialog.findByText('Couldn’t load the jobs.')).toBeVisible();
    await expect(
      dialog.getByText('The workspace could not be reached. Your work is kept: try again.'),
    ).toBeVisible();
    await userEvent.click(dialog.getByRole('button', { name: 'Retry' }));
    await expect(await dialog.findByRole('checkbox', { name: 'Book a service visit' })).toBeChecked();
  },
};

/** Read only: the jobs are shown, nothing can be attached or created. */
export const ReadOnly: Story = {
  parameters: fixture({ readOnly: true }),
  play: async ({ canvasElement }) => {
    const dialog = within(await openDialog(canvasElement));
    await expect(await dialog.findByText(/Read only: you can see the jobs/)).toBeVisible();
    await expect(await dialog.findByRole('checkbox', { name: 'Book a service visit' })).toBeDisabled();
    await expect(dialog.queryByRole('button', { name: 'Create job' })).toBeNull();
  },
};

/** Dark theme, at ten of ten. */
export const Dark: Story = {
  parameters: fixture({ flowId: 'flow-support', stepId: SUPPORT_DESK }),
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const dialog = within(await openDialog(canvasElement));
    await expect(await dialog.findByText('10 of 10')).toBeVisible();
    await expect(await dialog.findByRole('checkbox', { name: 'Billing question' })).toBeChecked();
  },
};

/** French: the product's terms, numbers the French way. */
export const French: Story = {
  parameters: fixture({ locale: 'fr' }),
  play: async ({ canvasElement }) => {
    const dialog = within(await openDialog(canvasElement, 'Ajouter une tâche'));
    await expect(await dialog.findByText('26 tâches')).toBeVisible();
    await expect(dialog.getByText('6 sur 10')).toBeVisible();
    await expect(dialog.getByRole('searchbox', { name: 'Rechercher des tâches' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Créer une tâche' })).toBeVisible();
    await expect(dialog.getByText(/flux d’appels sera publié/)).toBeVisible();
  },
};

/** Escape closes the picker; it opens again where it was. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const dialog = within(await openDialog(canvasElement));
    await dialog.findByText('26 jobs');
    await userEvent.keyboard('{ArrowDown}');
    await expect(dialog.getByRole('checkbox', { name: 'After-hours emergency' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(dialog.getByRole('checkbox', { name: 'Backflow test certificate' })).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(dialog.getByRole('checkbox', { name: 'Backflow test certificate' })).toBeChecked();
    await expect(dialog.getByText('7 of 10')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(canvasElement).queryByRole('dialog')).toBeNull());
  },
};

/** Create job → Start from a template → Use template: the new job is created and attached (7 of 10). */
export const CreateFromTemplate: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement);
    const dialog = within(await openDialog(canvasElement));
    await dialog.findByText('26 jobs');
    await userEvent.click(dialog.getByRole('button', { name: 'Create job' }));
    await userEvent.click(await page.findByRole('button', { name: 'Start from a template' }));
    const gallery = within(await page.findByRole('dialog', { name: 'Templates' }));
    await userEvent.click(await gallery.findByRole('radio', { name: 'Request a callback' }));
    await userEvent.click(gallery.getByRole('button', { name: 'Use template' }));
    await waitFor(() => expect(page.queryByRole('dialog', { name: 'Templates' })).toBeNull());
    await expect(
      await dialog.findByText('“Request a callback” was created and attached to this step.'),
    ).toBeVisible();
    await expect(dialog.getByText('7 of 10')).toBeVisible();
    await waitFor(() => expect(dialog.getByRole('button', { name: 'Create job' })).toHaveFocus());
    await userEvent.type(dialog.getByRole('searchbox', { name: 'Search jobs' }), 'callback');
    await expect(await dialog.findByRole('checkbox', { name: 'Request a callback' })).toBeChecked();
  },
};
