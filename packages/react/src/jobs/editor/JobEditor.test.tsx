import { JobInputSchema } from '@sona-designer/core';
import { JOB_IDS } from '@sona-designer/core/demo';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../styles.css';
import { createFixtureAdapter } from '../../test/fixtures';
import {
  editElsewhere,
  JobEditorHarness,
  jobsNamed,
  UNUSED_JOB,
  WIDELY_USED_JOB,
  withFailingJobWrites,
} from '../../test/jobEditorFixtures';

function coreMessage(field: 'name', value: string): string | undefined {
  const result = JobInputSchema.safeParse({ name: value, instructions: '1. Greet the caller.' });
  return result.success ? undefined : result.error.issues.find((issue) => issue.path[0] === field)?.message;
}

/** The editor open on a job no step uses (its save skips the impact step), once its name is loaded. */
async function editUnusedJob() {
  const adapter = createFixtureAdapter();
  const screen = await render(<JobEditorHarness adapter={adapter} jobId={UNUSED_JOB} />);
  const dialog = screen.getByRole('dialog', { name: 'Edit job' });
  const name = dialog.getByRole('textbox', { name: 'Name' });
  await expect.element(name).not.toHaveValue('');
  return { adapter, screen, dialog, name };
}

describe('JobEditor', () => {
  test('an over-long name blocks Save with the core’s message; at the limit it saves', async () => {
    const adapter = createFixtureAdapter();
    const screen = await render(<JobEditorHarness adapter={adapter} />);
    const dialog = screen.getByRole('dialog', { name: 'New job' });
    const save = dialog.getByRole('button', { name: 'Save job' });

    await userEvent.fill(dialog.getByRole('textbox', { name: 'Instructions' }), '1. Greet the caller.');
    await userEvent.fill(dialog.getByRole('textbox', { name: 'Name' }), 'é'.repeat(101));

    const expected = coreMessage('name', 'é'.repeat(101));
    expect(expected).toBe('Name is too long: 101 characters, the limit is 100. Shorten it by 1.');
    await expect.element(dialog.getByText(expected as string)).toBeVisible();
    await expect.element(dialog.getByText('101 / 100')).toBeVisible();
    await expect.element(save).toBeDisabled();
    await expect
      .element(dialog.getByRole('textbox', { name: 'Name' }))
      .toHaveAttribute('aria-invalid', 'true');

    await userEvent.keyboard('{Backspace}');

    await expect.element(dialog.getByText('100 / 100')).toBeVisible();
    await expect.element(dialog.getByText(expected as string)).not.toBeInTheDocument();
    await expect.element(save).toBeEnabled();
    await save.click();
    await expect.element(screen.getByText(`Saved “${'é'.repeat(100)}”, version 1`)).toBeVisible();
    expect(await jobsNamed(adapter, 'é'.repeat(100))).toHaveLength(1);
  });

  test('an emoji with a skin tone counts as one character', async () => {
    const screen = await render(<JobEditorHarness />);
    const dialog = screen.getByRole('dialog', { name: 'New job' });
    await userEvent.fill(dialog.getByRole('textbox', { name: 'Name' }), 'Merci 👍🏽');
    await expect.element(dialog.getByText('7 / 100')).toBeVisible();
  });

  test('before an edit is saved, the impact warning lists every place that uses the job', async () => {
    const adapter = createFixtureAdapter();
    const screen = await render(<JobEditorHarness adapter={adapter} jobId={WIDELY_USED_JOB} />);
    const dialog = screen.getByRole('dialog', { name: 'Edit job' });
    const instructions = dialog.getByRole('textbox', { name: 'Instructions' });
    await expect.element(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Take a message');
    await expect.element(dialog.getByText('Used by 5 steps in 4 call flows')).toBeVisible();

    await userEvent.type(instructions, '\n6. Thank the caller by name.');
    await dialog.getByRole('button', { name: 'Save job' }).click();

    await expect
      .element(
        dialog.getByText(
          'This job is used by 5 steps in 4 call flows; your change applies to them immediately.',
        ),
      )
      .toBeVisible();
    await expect.element(dialog.getByText('You changed: Instructions.')).toBeVisible();
    const places = dialog.getByRole('list', { name: 'Where this job is used' }).getByRole('listitem');
    expect(places.elements().map((item) => item.textContent)).toEqual([
      'Every step kind›, Support deskDraft',
      'Main line›, After hoursDraft and published',
      'Main line›, Front deskDraft and published',
      'Sales line›, SalesDraft and published',
      'Support line›, SupportDraft',
    ]);
    // Nothing is stored before the person confirms.
    expect((await adapter.getJob(WIDELY_USED_JOB)).version).toBe(1);

    await dialog.getByRole('button', { name: 'Save and apply' }).click();

    await expect.element(screen.getByText('Saved “Take a message”, version 2')).toBeVisible();
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    expect((await adapter.getJob(WIDELY_USED_JOB)).instructions).toMatch(/6\. Thank the caller by name\.$/);
  });

  test('the impact warning is plural-aware, in English and French', async () => {
    const one = await render(<JobEditorHarness jobId={JOB_IDS.technicianEta} />);
    const dialog = one.getByRole('dialog', { name: 'Edit job' });
    await expect.element(dialog.getByText('Used by 1 step in 1 call flow')).toBeVisible();
    await userEvent.type(dialog.getByRole('textbox', { name: 'Name' }), '!');
    await dialog.getByRole('button', { name: 'Save job' }).click();
    await expect
      .element(
        dialog.getByText('This job is used by 1 step in 1 call flow; your change applies to it immediately.'),
      )
      .toBeVisible();
    await one.unmount();

    const french = await render(<JobEditorHarness jobId={WIDELY_USED_JOB} locale="fr" />);
    const dialogFr = french.getByRole('dialog', { name: 'Modifier la tâche' });
    await userEvent.type(dialogFr.getByRole('textbox', { name: 'Nom' }), '!');
    await dialogFr.getByRole('button', { name: 'Enregistrer la tâche' }).click();
    await expect
      .element(
        dialogFr.getByText(
          'Cette tâche est utilisée par 5\u00a0étapes dans 4\u00a0flux d’appels\u00a0; votre modification s’y applique immédiatement.',
        ),
      )
      .toBeVisible();
    await expect.element(dialogFr.getByText('Brouillon et publié').first()).toBeVisible();
    await expect.element(dialogFr.getByRole('button', { name: 'Enregistrer et appliquer' })).toBeVisible();
  });

  test('Back to editing keeps the change unsaved and the text in place', async () => {
    const adapter = createFixtureAdapter();
    const screen = await render(<JobEditorHarness adapter={adapter} jobId={WIDELY_USED_JOB} />);
    const dialog = screen.getByRole('dialog', { name: 'Edit job' });
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await expect.element(name).toHaveValue('Take a message');
    await userEvent.fill(name, 'Take a detailed message');
    await dialog.getByRole('button', { name: 'Save job' }).click();
    await dialog.getByRole('button', { name: 'Back to editing' }).click();

    await expect.element(name).toHaveValue('Take a detailed message');
    await expect.element(dialog.getByRole('button', { name: 'Save job' })).toHaveFocus();
    expect((await adapter.getJob(WIDELY_USED_JOB)).name).toBe('Take a message');
  });

  test('a conflict shows theirs and yours; the merged save keeps what each chose', async () => {
    const { adapter, screen, dialog, name } = await editUnusedJob();
    const original = await adapter.getJob(UNUSED_JOB);

    const theirs = await editElsewhere(adapter, UNUSED_JOB, {
      trigger: 'Their trigger: a supplier or a sales rep calls.',
      instructions: `${original.instructions}\n9. Their new last step.`,
    });
    await expect
      .element(dialog.getByText(/Someone else saved this job while you were editing/))
      .toBeVisible();
    await userEvent.fill(name, 'Supplier and vendor calls');
    await userEvent.type(dialog.getByRole('textbox', { name: 'Instructions' }), '\n9. My new last step.');
    await dialog.getByRole('button', { name: 'Save job' }).click();

    await expect
      .element(dialog.getByRole('heading', { name: 'Someone else changed this job' }))
      .toBeVisible();
    const field = (label: string) => dialog.getByRole('region', { name: label, exact: true });
    // Only they changed the trigger: theirs is kept; only you changed the name: yours is taken.
    await expect.element(field('Trigger').getByRole('radio', { name: 'Keep theirs' })).toBeChecked();
    await expect.element(field('Name').getByRole('radio', { name: 'Take yours' })).toBeChecked();
    await expect.element(field('Description').getByText('Same in both')).toBeVisible();
    // Both changed the instructions: both texts are on screen.
    const instructions = field('Instructions');
    await expect.element(instructions.getByText('Changed by both of you')).toBeVisible();
    await expect.element(instructions.getByText('9. Their new last step.')).toBeVisible();
    await expect.element(instructions.getByText('9. My new last step.')).toBeVisible();
    await instructions.getByRole('button', { name: 'Copy yours' }).click();
    await expect.element(instructions.getByText('Copied')).toBeVisible();

    await dialog.getByRole('button', { name: 'Save merged job' }).click();

    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    const stored = await adapter.getJob(UNUSED_JOB);
    expect(stored.version).toBe(theirs.version + 1);
    expect(stored.name).toBe('Supplier and vendor calls');
    expect(stored.trigger).toBe('Their trigger: a supplier or a sales rep calls.');
    expect(stored.instructions).toBe(`${original.instructions}\n9. My new last step.`);
  });

  test('Keep theirs for a field changed by both saves theirs; Edit merged job goes back to the form', async () => {
    const { adapter, dialog, name } = await editUnusedJob();
    await editElsewhere(adapter, UNUSED_JOB, { name: 'Their name' });
    await userEvent.fill(name, 'My name');
    await dialog.getByRole('button', { name: 'Save job' }).click();

    const field = dialog.getByRole('region', { name: 'Name', exact: true });
    await field.getByRole('radio', { name: 'Keep theirs' }).click();
    await dialog.getByRole('button', { name: 'Edit merged job' }).click();

    await expect.element(name).toHaveValue('Their name');
    // Their version is now the starting point: nothing left to save.
    await expect.element(dialog.getByRole('button', { name: 'Save job' })).toBeDisabled();
  });

  test('a failed save keeps the form and Retry saves it', async () => {
    const base = createFixtureAdapter();
    const { adapter, setFailing } = withFailingJobWrites(base);
    const screen = await render(<JobEditorHarness adapter={adapter} />);
    const dialog = screen.getByRole('dialog', { name: 'New job' });
    await userEvent.fill(dialog.getByRole('textbox', { name: 'Name' }), 'Order parts');
    await userEvent.fill(dialog.getByRole('textbox', { name: 'Instructions' }), '1. Ask which part.');
    await dialog.getByRole('button', { name: 'Save job' }).click();

    await expect
      .element(dialog.getByRole('alert'))
      .toHaveTextContent('Couldn’t save the job. Your changes are kept: try again.');
    await expect.element(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Order parts');

    setFailing(false);
    await dialog.getByRole('button', { name: 'Retry' }).click();

    await expect.element(screen.getByText('Saved “Order parts”, version 1')).toBeVisible();
    expect(await jobsNamed(base, 'Order parts')).toHaveLength(1);
  });

  test('closing with unsaved changes asks first, from Escape, a click outside and Cancel', async () => {
    const screen = await render(<JobEditorHarness />);
    const dialog = screen.getByRole('dialog', { name: 'New job' });
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await userEvent.fill(name, 'Half-written job');

    await userEvent.keyboard('{Escape}');
    const confirm = screen.getByRole('alertdialog', { name: 'Discard your changes?' });
    await expect.element(confirm.getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    await expect.element(confirm).not.toBeInTheDocument();
    await expect.element(name).toHaveValue('Half-written job');

    // A click outside the dialog, on the dimmed page (the overlay has no role to find it by).
    const overlay = document.querySelector('.sona-modal-overlay') as HTMLElement;
    await userEvent.click(overlay, { position: { x: 8, y: 8 } });
    await expect.element(screen.getByRole('alertdialog', { name: 'Discard your changes?' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('alertdialog')).not.toBeInTheDocument();
    await expect.element(name).toHaveValue('Half-written job');

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await screen.getByRole('alertdialog').getByRole('button', { name: 'Discard' }).click();
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();

    await screen.getByRole('button', { name: 'Open the editor' }).click();
    await expect.element(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('');
  });

  test('closing without changes does not ask', async () => {
    const screen = await render(<JobEditorHarness />);
    await expect.element(screen.getByRole('dialog', { name: 'New job' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(screen.getByRole('alertdialog')).not.toBeInTheDocument();
  });

  test('Insert action puts the token on its own line at the cursor and warns about steps after a transfer', async () => {
    const screen = await render(
      <JobEditorHarness initial={{ name: 'Escalate', instructions: '1. Listen.\n2. Apologise.' }} />,
    );
    const dialog = screen.getByRole('dialog', { name: 'New job' });
    const instructions = dialog.getByRole('textbox', { name: 'Instructions' });
    // The cursor after "1. Listen."
    await instructions.click();
    const area = instructions.element() as HTMLTextAreaElement;
    area.setSelectionRange(10, 10);

    await dialog.getByRole('button', { name: 'Insert action' }).click();
    await screen.getByRole('radio', { name: 'Transfer to a team member' }).click();
    await userEvent.fill(screen.getByRole('textbox', { name: 'Team member' }), 'Marc Dupont');
    await screen.getByRole('button', { name: 'Insert', exact: true }).click();

    await expect
      .element(instructions)
      .toHaveValue('1. Listen.\n[transfer member: Marc Dupont]\n2. Apologise.');
    await expect.element(instructions).toHaveFocus();
    await expect
      .element(dialog.getByText(/Line 3: Sona leaves the call at the transfer on line 2/))
      .toBeVisible();

    await dialog.getByRole('button', { name: 'Go to line 3' }).click();
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).toBe('2. Apologise.');
  });

  test('an action needs its text, and a number in international format', async () => {
    const screen = await render(<JobEditorHarness />);
    const dialog = screen.getByRole('dialog', { name: 'New job' });
    // Ready as a person sees it: the editor has put the cursor in its first field. A click before that lost the race
    // with that focus, which closed the popover (seen in full runs on a busy machine).
    await expect.element(dialog.getByRole('textbox', { name: /^Name/ })).toHaveFocus();
    // Opened again if it closed at once: on a saturated machine (full CI runs, every project at once) the popover
    // sometimes closes right after opening; not seen by a person yet, cause not found (noted). What is tested is
    // what the open popover checks.
    const insert = screen.getByRole('button', { name: 'Insert', exact: true });
    await expect
      .poll(
        async () => {
          if (!insert.query()) await dialog.getByRole('button', { name: 'Insert action' }).click();
          return insert.query() !== null;
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(true);
    await insert.click();
    await expect.element(screen.getByText('Write the text of the SMS.')).toBeVisible();

    await screen.getByRole('radio', { name: 'Transfer to an outside number' }).click();
    await userEvent.fill(screen.getByRole('textbox', { name: 'Phone number' }), '514 555');
    await screen.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect.element(screen.getByText(/international format/)).toBeVisible();

    await userEvent.fill(screen.getByRole('textbox', { name: 'Phone number' }), '+1 514 555 0100');
    await screen.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect
      .element(dialog.getByRole('textbox', { name: 'Instructions' }))
      .toHaveValue('[transfer number: +15145550100]');
  });

  test('French: titles, labels and the limit message', async () => {
    const screen = await render(<JobEditorHarness locale="fr" />);
    const dialog = screen.getByRole('dialog', { name: 'Nouvelle tâche' });
    await expect.element(dialog.getByRole('textbox', { name: 'Déclencheur' })).toBeVisible();
    await userEvent.fill(dialog.getByRole('textbox', { name: 'Nom' }), 'é'.repeat(101));
    await expect
      .element(
        dialog.getByText(
          'Nom\u00a0: trop long, 101\u00a0caractères pour une limite de 100. Raccourcissez de 1.',
        ),
      )
      .toBeVisible();
    await expect.element(dialog.getByRole('button', { name: 'Enregistrer la tâche' })).toBeDisabled();
  });

  test('read-only: the job is shown, nothing can be changed or saved', async () => {
    const screen = await render(<JobEditorHarness jobId={WIDELY_USED_JOB} readOnly />);
    const dialog = screen.getByRole('dialog', { name: 'Job' });
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await expect.element(name).toHaveValue('Take a message');
    await expect.element(name).toHaveAttribute('readonly');
    await expect.element(dialog.getByRole('button', { name: 'Save job' })).not.toBeInTheDocument();
    await expect.element(dialog.getByRole('button', { name: 'Insert action' })).not.toBeInTheDocument();
  });
});
