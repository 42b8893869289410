import type { DesignerAdapter } from '@sona-designer/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Locale } from '../../i18n';
import { createFixtureAdapter } from '../../test/fixtures';
import {
  jobsNamed,
  TemplateGalleryHarness,
  withFailingTemplates,
  withSlowReads,
} from '../../test/jobEditorFixtures';
import { TemplateGallery } from './TemplateGallery';

interface Loaded {
  adapter: DesignerAdapter;
}

const meta = {
  title: 'Jobs/TemplateGallery',
  component: TemplateGallery,
  // Open dialogs cover the page: on the Docs page each story gets its own frame.
  parameters: { docs: { story: { inline: false, height: '640px' } } },
  args: { open: true, onOpenChange: () => {} },
  loaders: [() => ({ adapter: createFixtureAdapter() })],
  render: (_args, { loaded, parameters, globals }) => (
    <TemplateGalleryHarness
      adapter={(loaded as Loaded).adapter}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
      locale={(parameters.locale as Locale | undefined) ?? 'en'}
    />
  ),
} satisfies Meta<typeof TemplateGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

async function gallery(canvasElement: HTMLElement, name = 'Templates') {
  return within(await within(canvasElement).findByRole('dialog', { name }, { timeout: 5000 }));
}

/** Every built-in template, the first one previewed. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await gallery(canvasElement);
    await expect(await dialog.findByText('12 templates')).toBeVisible();
    await expect(dialog.getAllByRole('radio', { name: /./ }).length).toBeGreaterThanOrEqual(12);
    await expect(dialog.getByRole('radio', { name: 'Take a message' })).toBeChecked();
    await expect(dialog.getByRole('article', { name: 'Take a message' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Use template' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Customize' })).toBeVisible();
  },
};

export const FilteredByCategory: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await gallery(canvasElement);
    await userEvent.click(await dialog.findByRole('radio', { name: 'Escalation' }));
    await expect(dialog.getByText('2 templates')).toBeVisible();
    // The radios cover their cards, invisible: the cards are what a person sees.
    await expect(dialog.getByRole('radio', { name: 'Escalate to a manager' })).toBeInTheDocument();
    await expect(dialog.getByRole('radio', { name: 'After-hours emergency' })).toBeInTheDocument();
    await expect(dialog.queryByRole('radio', { name: 'Take a message' })).toBeNull();
    // The preview follows: the first template of the category.
    await expect(dialog.getByRole('article', { name: 'Escalate to a manager' })).toBeVisible();
  },
};

/** Search ignores case and accents; a search with no match says so and offers to show everything again. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await gallery(canvasElement);
    const search = await dialog.findByRole('searchbox', { name: 'Search templates' });
    await userEvent.type(search, 'INVOICE');
    await expect(dialog.getByText('2 templates')).toBeVisible();
    await userEvent.type(search, ' REFÜND');
    await expect(dialog.getByText('1 template')).toBeVisible();
    await expect(dialog.getByRole('radio', { name: 'Billing question' })).toBeChecked();
    await userEvent.clear(search);
    await userEvent.type(search, 'plumbing robot');
    await expect(dialog.getByText('No template matches “plumbing robot”.')).toBeVisible();
    await expect(dialog.getByText('Choose a template to see its instructions.')).toBeVisible();
  },
};

/** Choosing a card shows its whole text: what it is for, when it starts, every instruction. */
export const Preview: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await gallery(canvasElement);
    await userEvent.click(await dialog.findByRole('radio', { name: 'Troubleshoot a problem' }));
    const preview = within(dialog.getByRole('article', { name: 'Troubleshoot a problem' }));
    await expect(preview.getByText('Starts when')).toBeVisible();
    const steps = preview.getAllByRole('listitem');
    await expect(steps.length).toBeGreaterThan(4);
    // Arrow keys move between cards, and the preview follows.
    await userEvent.keyboard('{ArrowDown}');
    await expect(dialog.getByRole('radio', { name: 'New client intake' })).toBeChecked();
    await expect(dialog.getByRole('article', { name: 'New client intake' })).toBeVisible();
  },
};

/** Use template creates the job as it is; the host gets it through `onJobCreated`. */
export const UseTemplate: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { adapter } = loaded as Loaded;
    const dialog = await gallery(canvasElement);
    await userEvent.click(await dialog.findByRole('radio', { name: 'Request a callback' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Use template' }));
    await waitFor(() => expect(within(canvasElement).queryByRole('dialog')).toBeNull());
    const created = await jobsNamed(adapter, 'Request a callback');
    await expect(created).toHaveLength(1);
    await expect(created[0]?.templateId).toBe('request-a-callback');
    await expect(within(canvasElement).getByText(/^Created “Request a callback”/)).toBeVisible();
  },
};

/** Customize opens the job editor over the gallery, prefilled with the template. */
export const Customize: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await gallery(canvasElement);
    await userEvent.click(await dialog.findByRole('radio', { name: 'Qualify a lead' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Customize' }));
    const editor = within(await within(canvasElement).findByRole('dialog', { name: 'New job' }));
    await expect(editor.getByRole('textbox', { name: 'Name' })).toHaveValue('Qualify a lead');
    await expect(editor.getByRole('button', { name: 'Save job' })).toBeEnabled();
  },
};

export const French: Story = {
  parameters: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const dialog = await gallery(canvasElement, 'Modèles');
    await expect(await dialog.findByText('12 modèles')).toBeVisible();
    await userEvent.click(dialog.getByRole('radio', { name: 'Facturation' }));
    await expect(dialog.getByRole('radio', { name: 'Question de facturation' })).toBeChecked();
    await expect(dialog.getByRole('button', { name: 'Utiliser le modèle' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Personnaliser' })).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const dialog = await gallery(canvasElement);
    await userEvent.click(await dialog.findByRole('radio', { name: 'Book an appointment' }));
    await expect(dialog.getByRole('article', { name: 'Book an appointment' })).toBeVisible();
  },
};

export const Loading: Story = {
  loaders: [() => ({ adapter: withSlowReads(createFixtureAdapter(), -1) })],
  play: async ({ canvasElement }) => {
    const dialog = await gallery(canvasElement);
    await expect(dialog.getByRole('status')).toHaveTextContent('Loading templates…');
  },
};

export const LoadFailed: Story = {
  loaders: [() => ({ adapter: withFailingTemplates(createFixtureAdapter()).adapter })],
  play: async ({ canvasElement }) => {
    const dialog = await gallery(canvasElement);
    await expect(await dialog.findByRole('alert')).toHaveTextContent('Couldn’t load the templates.');
    await expect(dialog.getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};
