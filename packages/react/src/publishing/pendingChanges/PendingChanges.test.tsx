import { describe, expect, test } from 'vitest';
import '../../styles.css';
import { FIXTURE_FLOWS } from '../../test/fixtures';
import { renderWithStore } from '../../test/renderWithStore';
import { PendingChanges } from './PendingChanges';

describe('PendingChanges', () => {
  test('follows the local draft: an edit appears at once, and undoing it takes it away', async () => {
    const { screen, store } = await renderWithStore(<PendingChanges />, { flowId: FIXTURE_FLOWS.sales });
    await expect.element(screen.getByText(/Nothing to publish/)).toBeVisible();

    store.getState().updateStep('sales-team', { ringSeconds: 45 }, 'Edit Sales team');

    await expect.element(screen.getByRole('heading', { name: /Sales team/ })).toBeVisible();
    await expect.element(screen.getByText('Ring time changed')).toBeVisible();

    store.getState().undo();

    await expect.element(screen.getByText(/Nothing to publish/)).toBeVisible();
  });

  test('names a job detached since the last publish, which the draft no longer references', async () => {
    const { screen, store } = await renderWithStore(<PendingChanges />, { flowId: FIXTURE_FLOWS.sales });
    const sales = store.getState().stepsById.sales;
    if (sales?.kind !== 'sona') throw new Error('The sales line starts with its Sona step.');

    store.getState().updateStep('sales', { jobIds: sales.jobIds.slice(1) }, 'Detach');

    await expect.element(screen.getByText('Job detached: “Request a quote”')).toBeVisible();
  });
});
