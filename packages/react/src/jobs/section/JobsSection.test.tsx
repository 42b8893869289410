import type { SonaStep } from '@sona-designer/core';
import { JOB_IDS } from '@sona-designer/core/demo';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../styles.css';
import { missingJobAdapter } from '../../inspector';
import type { FlowStore } from '../../state';
import { FIXTURE_FLOWS } from '../../test/fixtures';
import { renderWithStore } from '../../test/renderWithStore';
import { JobsSection } from './JobsSection';

function jobsOf(store: FlowStore, stepId = 'sona'): string[] {
  return (store.getState().stepsById[stepId] as SonaStep).jobIds;
}

function renderSection(options: Parameters<typeof renderWithStore>[1] & { stepId?: string } = {}) {
  const { stepId = 'sona', ...rest } = options;
  return renderWithStore(<JobsSection stepId={stepId} />, { flowId: FIXTURE_FLOWS.everyKind, ...rest });
}

describe('JobsSection', () => {
  test('lists the attached jobs in order with the count', async () => {
    const { screen } = await renderSection();

    await expect.element(screen.getByRole('heading', { name: 'Jobs' })).toBeVisible();
    await expect.element(screen.getByText('3 of 10', { exact: true })).toBeVisible();
    const items = screen.getByRole('listitem');
    await expect.element(items.nth(0)).toHaveTextContent('No heat');
    await expect.element(items.nth(1)).toHaveTextContent('Water leak');
    await expect.element(items.nth(2)).toHaveTextContent('Take a message');
  });

  test('Move up reorders the jobs in one undo step, and focus follows the job', async () => {
    const { screen, store } = await renderSection();
    const before = store.getState().past.length;

    await screen.getByRole('button', { name: 'Move Take a message up' }).click();

    await expect.element(screen.getByRole('listitem').nth(1)).toHaveTextContent('Take a message');
    expect(jobsOf(store)).toEqual([JOB_IDS.noHeat, JOB_IDS.takeMessage, JOB_IDS.leak]);
    expect(store.getState().past).toHaveLength(before + 1);
    expect(store.getState().past.at(-1)?.label).toBe('Reorder jobs');
    await expect.element(screen.getByRole('button', { name: 'Move Take a message up' })).toHaveFocus();

    // At the top, Move up is disabled: focus moves to Move down.
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('listitem').nth(0)).toHaveTextContent('Take a message');
    await expect.element(screen.getByRole('button', { name: 'Move Take a message down' })).toHaveFocus();

    store.getState().undo();
    expect(jobsOf(store)).toEqual([JOB_IDS.noHeat, JOB_IDS.takeMessage, JOB_IDS.leak]);
    store.getState().undo();
    expect(jobsOf(store)).toEqual([JOB_IDS.noHeat, JOB_IDS.leak, JOB_IDS.takeMessage]);
    await expect.element(screen.getByRole('listitem').nth(2)).toHaveTextContent('Take a message');
  });

  test('Detach removes the job and keeps focus in the list', async () => {
    const { screen, store } = await renderSection();

    await screen.getByRole('button', { name: 'Detach Water leak' }).click();

    await expect.element(screen.getByText('2 of 10', { exact: true })).toBeVisible();
    expect(jobsOf(store)).toEqual([JOB_IDS.noHeat, JOB_IDS.takeMessage]);
    expect(store.getState().past.at(-1)?.label).toBe('Detach job');
    await expect.element(screen.getByRole('button', { name: 'Detach Take a message' })).toHaveFocus();
  });

  test('a deleted job reads "Deleted job" and can be detached', async () => {
    const { screen, store } = await renderSection({ flowId: 'flow-missing', adapter: missingJobAdapter() });

    await expect.element(screen.getByText('Deleted job', { exact: true })).toBeVisible();
    await screen.getByRole('button', { name: 'Detach Deleted job' }).click();

    await expect.poll(() => jobsOf(store)).toEqual([JOB_IDS.takeMessage]);
  });

  test('Add job opens the picker, a job checked there joins the list, and focus comes back', async () => {
    const { screen, store } = await renderSection();

    await screen.getByRole('button', { name: 'Add job' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Add job' });
    await userEvent.fill(dialog.getByRole('searchbox', { name: 'Search jobs' }), 'frozen');
    await dialog.getByRole('checkbox', { name: 'Frozen pipes' }).click();
    await dialog.getByRole('button', { name: 'Done' }).click();

    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(screen.getByText('4 of 10', { exact: true })).toBeVisible();
    expect(jobsOf(store).at(-1)).toBe(JOB_IDS.frozenPipes);
    await expect.element(screen.getByRole('listitem').nth(3)).toHaveTextContent('Frozen pipes');
    await expect.element(screen.getByRole('button', { name: 'Add job' })).toHaveFocus();
  });

  test('Edit opens the job editor on that job; closing it comes back to Edit', async () => {
    const { screen } = await renderSection();

    await screen.getByRole('button', { name: 'Edit Water leak' }).click();

    const editor = screen.getByRole('dialog', { name: 'Edit job' });
    await expect.element(editor.getByRole('textbox', { name: 'Name' })).toHaveValue('Water leak');
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(screen.getByRole('button', { name: 'Edit Water leak' })).toHaveFocus();
  });

  test('read only: the list alone', async () => {
    const { screen } = await renderSection({ readOnly: true });

    await expect.element(screen.getByText('Water leak', { exact: true })).toBeVisible();
    expect(screen.getByRole('button').elements()).toHaveLength(0);
  });
});
