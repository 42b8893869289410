import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { missingJobAdapter } from '../../inspector';
import { sectionStoryRender } from '../../test/sectionStory';
import { JobsSection } from './JobsSection';

const meta = {
  title: 'Jobs/JobsSection',
  component: JobsSection,
  args: { stepId: 'sona' },
  render: sectionStoryRender(JobsSection),
} satisfies Meta<typeof JobsSection>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No job attached: Sona answers from knowledge only. */
export const Empty: Story = {
  parameters: { fixture: { flowId: 'flow-errors' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('0 of 10')).toBeVisible();
    await expect(canvas.getByText('No jobs yet: Sona only answers from knowledge.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Add job' })).toBeVisible();
  },
};

/** Three jobs, in the order Sona considers them. */
export const Some: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('3 of 10')).toBeVisible();
    const items = await canvas.findAllByRole('listitem');
    await expect(items[0]).toHaveTextContent('No heat');
    await expect(items[2]).toHaveTextContent('Take a message');
    await expect(canvas.getByRole('button', { name: 'Move No heat up' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Move Take a message down' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Edit Water leak' })).toBeEnabled();
    await expect(canvas.getByRole('button', { name: 'Detach Water leak' })).toBeVisible();
  },
};

/** Ten of ten: the count turns to the warning colour and says how to make room. */
export const Full: Story = {
  args: { stepId: 'sona-1' },
  parameters: { fixture: { flowId: 'flow-support' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('10 of 10')).toBeVisible();
    await expect(canvas.getByText('10 of 10 jobs attached')).toBeInTheDocument();
    await expect(
      canvas.getByText('This step holds the most jobs it can: detach one to make room.'),
    ).toBeVisible();
    await expect(await canvas.findAllByRole('button', { name: /^Detach / })).toHaveLength(10);
  },
};

/** A job deleted from the workspace reads "Deleted job" and can still be detached. */
export const WithDeletedJob: Story = {
  parameters: { fixture: { flowId: 'flow-missing', adapter: missingJobAdapter() } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Deleted job')).toBeVisible();
    const detach = canvas.getByRole('button', { name: 'Detach Deleted job' });
    await expect(detach).toHaveAccessibleDescription('This job was deleted from the workspace: detach it.');
    await userEvent.click(detach);
    await expect(await canvas.findByText('1 of 10')).toBeVisible();
    await expect(canvas.queryByText('Deleted job')).toBeNull();
  },
};

/** Move up / Move down reorder the jobs; focus follows the job, and Undo puts it back in one step. */
export const Reorder: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Move Take a message up' }));
    await waitFor(() => expect(canvas.getAllByRole('listitem')[1]).toHaveTextContent('Take a message'));
    await expect(canvas.getByRole('button', { name: 'Move Take a message up' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Move Take a message up' }));
    await waitFor(() => expect(canvas.getAllByRole('listitem')[0]).toHaveTextContent('Take a message'));
    // At the top, "up" is disabled: focus moves to "down".
    await expect(canvas.getByRole('button', { name: 'Move Take a message down' })).toHaveFocus();
    await expect(canvas.getByText('“Take a message” is now number 1 of 3.')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(canvas.getAllByRole('listitem')[1]).toHaveTextContent('Take a message'));
  },
};

/** Edit opens the job editor on that job. */
export const EditJob: Story = {
  play: async ({ canvasElement, canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Edit Water leak' }));
    const editor = await within(canvasElement).findByRole('dialog', { name: 'Edit job' });
    await expect(await within(editor).findByRole('textbox', { name: 'Name' })).toHaveValue('Water leak');
  },
};

/** Add job opens the picker; a job checked there joins the list. */
export const AddJob: Story = {
  play: async ({ canvasElement, canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Add job' }));
    const dialog = within(await within(canvasElement).findByRole('dialog', { name: 'Add job' }));
    await userEvent.type(dialog.getByRole('searchbox', { name: 'Search jobs' }), 'frozen');
    await userEvent.click(await dialog.findByRole('checkbox', { name: 'Frozen pipes' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Done' }));
    await expect(await canvas.findByText('4 of 10')).toBeVisible();
    await expect(canvas.getAllByRole('listitem')[3]).toHaveTextContent('Frozen pipes');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Add job' })).toHaveFocus());
  },
};

/** Read only: the list alone. */
export const ReadOnly: Story = {
  parameters: { fixture: { readOnly: true } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Water leak')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /Detach|Move|Edit|Add job/ })).toBeNull();
  },
};

export const French: Story = {
  parameters: { fixture: { locale: 'fr' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Tâches' })).toBeVisible();
    await expect(canvas.getByText('3 sur 10')).toBeVisible();
    await expect(await canvas.findByRole('button', { name: 'Monter Water leak' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Ajouter une tâche' })).toBeVisible();
  },
};

export const Dark: Story = {
  args: { stepId: 'sona-1' },
  parameters: { fixture: { flowId: 'flow-support' } },
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('10 of 10')).toBeVisible();
    await expect(await canvas.findByText('Water leak')).toBeVisible();
  },
};
