import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../styles.css';
import { createFixtureAdapter } from '../../test/fixtures';
import { jobsNamed, TemplateGalleryHarness, withFailingTemplates } from '../../test/jobEditorFixtures';

describe('TemplateGallery', () => {
  test('Use template creates the job as it is and closes the gallery', async () => {
    const adapter = createFixtureAdapter();
    const screen = await render(<TemplateGalleryHarness adapter={adapter} />);
    const dialog = screen.getByRole('dialog', { name: 'Templates' });
    await dialog.getByRole('radio', { name: 'Book an appointment' }).click();
    await expect
      .element(dialog.getByRole('article', { name: 'Book an appointment' }).getByRole('listitem').first())
      .toBeVisible();

    await dialog.getByRole('button', { name: 'Use template' }).click();

    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    const [job] = await jobsNamed(adapter, 'Book an appointment');
    expect(job?.templateId).toBe('book-an-appointment');
    await expect.element(screen.getByText(`Created “Book an appointment” (${job?.id})`)).toBeVisible();
  });

  test('Customize opens the editor prefilled; the job exists once saved', async () => {
    const adapter = createFixtureAdapter();
    const jobCount = async () => (await adapter.listJobs({ limit: 1 })).total;
    const before = await jobCount();
    const screen = await render(<TemplateGalleryHarness adapter={adapter} />);
    const gallery = screen.getByRole('dialog', { name: 'Templates' });
    await gallery.getByRole('radio', { name: 'Billing question' }).click();
    await gallery.getByRole('button', { name: 'Customize' }).click();

    const editor = screen.getByRole('dialog', { name: 'New job' });
    const name = editor.getByRole('textbox', { name: 'Name' });
    await expect.element(name).toHaveValue('Billing question');
    const instructions = editor
      .getByRole('textbox', { name: 'Instructions' })
      .element() as HTMLTextAreaElement;
    expect(instructions.value).toMatch(/^1\. Ask what the question is about/);
    // Nothing is created until the editor saves.
    expect(await jobCount()).toBe(before);

    await userEvent.fill(name, 'Billing question (Dupont)');
    await editor.getByRole('button', { name: 'Save job' }).click();

    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    const [job] = await jobsNamed(adapter, 'Billing question (Dupont)');
    expect(job?.templateId).toBe('billing-question');
    expect(await jobCount()).toBe(before + 1);
    await expect.element(screen.getByText(`Created “Billing question (Dupont)” (${job?.id})`)).toBeVisible();
  });

  test('filters by category and search, and says when nothing matches', async () => {
    const screen = await render(<TemplateGalleryHarness />);
    const dialog = screen.getByRole('dialog', { name: 'Templates' });
    await expect.element(dialog.getByText('12 templates')).toBeVisible();

    await dialog.getByRole('radio', { name: 'Scheduling' }).click();
    await expect.element(dialog.getByText('2 templates')).toBeVisible();
    await expect.element(dialog.getByRole('radio', { name: 'Book an appointment' })).toBeVisible();
    await expect.element(dialog.getByRole('radio', { name: 'Take a message' })).not.toBeInTheDocument();

    await userEvent.fill(dialog.getByRole('searchbox', { name: 'Search templates' }), 'plumbing robot');
    await expect.element(dialog.getByText('No template matches “plumbing robot”.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Show all templates' }).click();
    await expect.element(dialog.getByText('12 templates')).toBeVisible();
    await expect.element(dialog.getByRole('searchbox', { name: 'Search templates' })).toHaveFocus();
  });

  test('a failed load offers Retry', async () => {
    const { adapter, setFailing } = withFailingTemplates(createFixtureAdapter());
    const screen = await render(<TemplateGalleryHarness adapter={adapter} />);
    const dialog = screen.getByRole('dialog', { name: 'Templates' });
    await expect.element(dialog.getByRole('alert')).toHaveTextContent('Couldn’t load the templates.');
    setFailing(false);
    await dialog.getByRole('button', { name: 'Retry' }).click();
    await expect.element(dialog.getByText('12 templates')).toBeVisible();
  });

  test('French: the templates in French', async () => {
    const screen = await render(<TemplateGalleryHarness locale="fr" />);
    const dialog = screen.getByRole('dialog', { name: 'Modèles' });
    await expect.element(dialog.getByRole('radio', { name: 'Prendre un message' })).toBeVisible();
    await expect.element(dialog.getByRole('button', { name: 'Utiliser le modèle' })).toBeVisible();
    await expect.element(dialog.getByRole('button', { name: 'Personnaliser' })).toBeVisible();
  });
});
