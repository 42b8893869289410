import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../styles.css';
import { renderWithStore } from '../../test/renderWithStore';
import { BatchCoverage } from './BatchCoverage';

async function openBatch(options: Parameters<typeof renderWithStore>[1] = {}) {
  const rendered = await renderWithStore(<BatchCoverage stepId="front-desk" />, options);
  await rendered.screen.getByRole('button', { name: 'Batch test' }).click();
  return rendered;
}

async function pasteAndRun(screen: Awaited<ReturnType<typeof openBatch>>['screen'], lines: string[]) {
  await screen.getByRole('textbox', { name: 'Caller sentences (one per line)' }).fill(lines.join('\n'));
  await screen.getByRole('button', { name: 'Run' }).click();
}

describe('BatchCoverage', () => {
  test('shows the job each sentence triggered and lists the attached jobs none triggered', async () => {
    const { screen } = await openBatch();

    await pasteAndRun(screen, [
      'I need to book a plumber for Tuesday',
      '',
      '   ',
      'I think I was charged twice on my last invoice',
      'Do you sell garden gnomes?',
    ]);

    const results = screen.getByRole('region', { name: 'Batch results' });
    await expect.element(results.getByText('2 of 3 sentences triggered a job.')).toBeVisible();
    const rows = results.getByRole('row');
    await expect.element(rows.nth(1)).toHaveTextContent(/Book a service visit\s*\d+\s*% confidence/);
    await expect
      .element(rows.nth(3))
      .toHaveTextContent('No job — would be answered from knowledge or a message taken');
    const uncovered = results.getByRole('list', { name: 'Jobs no sentence triggered' });
    await expect.element(uncovered.getByText('Take a message')).toBeVisible();
    await expect.element(uncovered.getByText('Technician arrival time')).toBeVisible();
    await expect.element(uncovered.getByText('Book a service visit')).not.toBeInTheDocument();
    await expect.element(uncovered.getByText('Billing question')).not.toBeInTheDocument();
  });

  test('201 sentences show the cap message and run nothing', async () => {
    const { screen } = await openBatch();

    await pasteAndRun(
      screen,
      Array.from({ length: 201 }, (_, index) => `I need a plumber, call ${index + 1}`),
    );

    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent(
        'A batch holds at most 200 sentences and this list has 201: remove 1 line, then run again.',
      );
    await expect.element(screen.getByText('201 sentences')).toBeVisible();
    await expect.element(screen.getByRole('region', { name: 'Batch results' })).not.toBeInTheDocument();
  });

  test('running again keeps the text, and an edit since the run is pointed out', async () => {
    const { screen } = await openBatch();
    const field = screen.getByRole('textbox', { name: 'Caller sentences (one per line)' });
    await pasteAndRun(screen, ['When will the technician arrive?']);
    await expect.element(screen.getByText('1 of 1 sentences triggered a job.')).toBeVisible();

    await field.click();
    await userEvent.keyboard('{Control>}{End}{/Control}{Enter}Can I leave a message for Marc?');
    await expect
      .element(screen.getByText('The sentences changed since this run: press Run to update the results.'))
      .toBeVisible();
    await screen.getByRole('button', { name: 'Run' }).click();

    await expect.element(screen.getByText('2 of 2 sentences triggered a job.')).toBeVisible();
    await expect
      .element(field)
      .toHaveValue('When will the technician arrive?\nCan I leave a message for Marc?');
    await expect.element(screen.getByText(/The sentences changed/)).not.toBeInTheDocument();
  });

  test('running an empty list asks for sentences', async () => {
    const { screen } = await openBatch();
    await screen.getByRole('button', { name: 'Run' }).click();
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Type or paste at least one caller sentence, one per line, then run.');
  });
});
