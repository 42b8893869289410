import type { DesignerAdapter } from '@sona-designer/core';
import { JOB_IDS } from '@sona-designer/core/demo';
import { callSummaryInput } from '@sona-designer/core/testing';
import { describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { createCallSummariesAdapter, withFailingSummaries } from '../test/callSummaryFixtures';
import { createFixtureAdapter } from '../test/fixtures';
import { LibraryFrame } from '../test/libraryFrame';
import { CallSummaries, type CallSummariesProps } from './CallSummaries';

async function renderSummaries(adapter?: DesignerAdapter, props: CallSummariesProps = {}) {
  const used = adapter ?? (await createCallSummariesAdapter());
  const screen = await render(
    <LibraryFrame adapter={used} height="800px">
      <CallSummaries {...props} />
    </LibraryFrame>,
  );
  return { screen, adapter: used };
}

describe('CallSummaries', () => {
  test('filtering by outcome narrows the list to the matching calls', async () => {
    const { screen } = await renderSummaries();
    const list = screen.getByRole('list', { name: 'Calls' });
    await expect.element(screen.getByText('6 calls')).toBeVisible();
    await expect.poll(() => list.getByRole('button').elements().length).toBe(6);

    await screen.getByRole('combobox', { name: 'Outcome' }).selectOptions('Transferred');

    await expect.element(screen.getByText('1 call')).toBeVisible();
    await expect.poll(() => list.getByRole('button').elements().length).toBe(1);
    await expect.element(list.getByRole('button')).toHaveTextContent(/Jean Tremblay/);
    await expect.element(list.getByRole('button')).toHaveTextContent(/Transferred/);
  });

  test('a filter nothing matches says so and clears back to every call', async () => {
    const { screen } = await renderSummaries();
    await expect.element(screen.getByText('6 calls')).toBeVisible();

    await screen.getByRole('combobox', { name: 'Outcome' }).selectOptions('No job matched');

    await expect.element(screen.getByText('No calls match these filters')).toBeVisible();
    await screen.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.element(screen.getByText('6 calls')).toBeVisible();
    await expect.element(screen.getByRole('combobox', { name: 'Outcome' })).toHaveValue('');
  });

  test('choosing a call shows its detail with the whole transcript, and the job can be opened', async () => {
    const onOpenJob = vi.fn();
    const { screen } = await renderSummaries(undefined, { onOpenJob });

    await screen.getByRole('button', { name: /Marc-André Gagnon/ }).click();

    const detail = screen.getByRole('region', { name: 'Marc-André Gagnon' });
    await expect.element(detail.getByText('Billing question', { exact: true })).toBeVisible();
    await expect.element(detail.getByText('Published', { exact: true })).toBeVisible();
    await expect.element(detail.getByText('F-20418', { exact: true })).toBeVisible();
    const transcript = detail.getByRole('list', { name: 'Transcript' });
    await expect.poll(() => transcript.getByRole('listitem').elements().length).toBe(7);
    await expect
      .element(transcript.getByRole('listitem').nth(1))
      .toHaveTextContent('Bonjour, je pense que vous m’avez facturé deux fois la visite du 28 janvier.');
    await expect.element(transcript.getByRole('listitem').last()).toHaveTextContent(/confirmation par SMS/);

    await detail.getByRole('button', { name: 'Open “\u2068Billing question\u2069”' }).click();
    expect(onOpenJob).toHaveBeenCalledWith(JOB_IDS.billing);
  });

  test('Save as test replays a recorded call from its flow’s incoming call, with the checks its draft meets', async () => {
    const { screen, adapter } = await renderSummaries();
    await screen.getByRole('button', { name: /Marc-André Gagnon/ }).click();
    const detail = screen.getByRole('region', { name: 'Marc-André Gagnon' });
    await detail.getByRole('button', { name: 'Save as test' }).click();

    const dialog = screen.getByRole('dialog', { name: 'Save as test' });
    await expect.element(dialog.getByRole('checkbox', { name: /^Reaches / })).toBeChecked();
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Charged twice');
    await dialog.getByRole('button', { name: 'Save test' }).click();

    await expect.element(detail.getByRole('status')).toHaveTextContent(/Test .Charged twice. saved/);
    const summary = (await adapter.listCallSummaries()).items.find((item) => item.caller.includes('Gagnon'));
    const [saved] = await adapter.listTestCases(summary?.callFlowId ?? '');
    expect(saved?.name).toBe('Charged twice');
    // The caller's own words, in order, from the incoming call.
    expect(saved?.call.messages[0]).toBe(
      'Bonjour, je pense que vous m’avez facturé deux fois la visite du 28 janvier.',
    );
  });

  test('a call recorded while the list is open appears at the top', async () => {
    const { screen, adapter } = await renderSummaries();
    await expect.element(screen.getByText('6 calls')).toBeVisible();

    await adapter.recordCallSummary(
      callSummaryInput('flow-main', 'front-desk', { caller: 'Océane Roy', outcome: 'resolved' }),
    );

    await expect.element(screen.getByText('7 calls')).toBeVisible();
    await expect
      .element(screen.getByRole('list', { name: 'Calls' }).getByRole('button').first())
      .toHaveTextContent(/Océane Roy/);
  });

  test('an empty workspace invites a test call', async () => {
    const { screen } = await renderSummaries(createFixtureAdapter());
    await expect.element(screen.getByText('No simulated calls yet')).toBeVisible();
    await expect.element(screen.getByText(/Run a Test call on a Sona step/)).toBeVisible();
  });

  test('a failed load says why and Try again loads the calls', async () => {
    const { screen } = await renderSummaries(withFailingSummaries(await createCallSummariesAdapter(), 1));
    const alert = screen.getByRole('alert');
    await expect
      .element(alert)
      .toHaveTextContent('The workspace could not be reached. Your work is kept: try again.');

    await alert.getByRole('button', { name: 'Try again' }).click();

    await expect.element(screen.getByText('6 calls')).toBeVisible();
    await expect.element(screen.getByRole('alert')).not.toBeInTheDocument();
  });
});
