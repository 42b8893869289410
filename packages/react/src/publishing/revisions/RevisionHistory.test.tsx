import { describe, expect, test } from 'vitest';
import '../../styles.css';
import { FIXTURE_FLOWS } from '../../test/fixtures';
import { renderWithStore } from '../../test/renderWithStore';
import { RevisionHistory } from './RevisionHistory';

describe('RevisionHistory', () => {
  test('lists published revisions newest first, with their date, size and changes', async () => {
    const { screen } = await renderWithStore(<RevisionHistory />, { flowId: FIXTURE_FLOWS.sales });

    await screen.getByRole('button', { name: 'History' }).click();

    const dialog = screen.getByRole('dialog', { name: 'Revision history' });
    // The list loads with the dialog's first opening.
    await expect.element(dialog.getByRole('heading', { name: 'Revision 1' })).toBeVisible();
    const headings = dialog.getByRole('heading', { level: 3 }).elements();
    expect(headings.map((heading) => heading.textContent)).toEqual(['Revision 2', 'Revision 1']);
    await expect.element(dialog.getByText('Jan 28, 2026', { exact: false })).toBeVisible();
    await expect.element(dialog.getByText('2 changes since revision 1')).toBeVisible();
    await expect.element(dialog.getByText('First published version')).toBeVisible();
    await expect.element(dialog.getByText(/goes live only when you publish/)).toBeVisible();
  });

  test('Restore to draft puts the old graph in the draft as one undoable change', async () => {
    const { screen, store, adapter } = await renderWithStore(<RevisionHistory />, {
      flowId: FIXTURE_FLOWS.sales,
    });
    const flow = await adapter.getCallFlow(FIXTURE_FLOWS.sales);
    const first = flow.revisions[0];
    const before = store.getState().draft;
    const undoSteps = store.getState().past.length;

    await screen.getByRole('button', { name: 'History' }).click();
    await screen.getByRole('button', { name: 'Restore to draft Revision 1' }).click();

    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().draft).toEqual(first?.graph);
    expect(store.getState().past).toHaveLength(undoSteps + 1);
    expect(store.getState().past.at(-1)?.label).toBe('Restore revision 1');
    expect(store.getState().saveState).toBe('pending');
    expect(store.getState().flow?.published?.revision).toBe(2);

    store.getState().undo();

    expect(store.getState().draft).toEqual(before);
  });

  test('says so when the flow was never published', async () => {
    const { screen } = await renderWithStore(<RevisionHistory />, { flowId: FIXTURE_FLOWS.support });

    await screen.getByRole('button', { name: 'History' }).click();

    await expect.element(screen.getByText(/Nothing published yet/)).toBeVisible();
  });

  test('cannot restore in read-only mode', async () => {
    const { screen } = await renderWithStore(<RevisionHistory />, {
      flowId: FIXTURE_FLOWS.sales,
      readOnly: true,
    });

    await screen.getByRole('button', { name: 'History' }).click();

    await expect.element(screen.getByRole('button', { name: 'Restore to draft Revision 1' })).toBeDisabled();
  });
});
