import { describe, expect, test } from 'vitest';
import '../../styles.css';
import { createFixtureAdapter, FIXTURE_FLOWS } from '../../test/fixtures';
import { renderWithStore } from '../../test/renderWithStore';
import { PendingChanges } from './PendingChanges';

const RLO = '\u202e';
/** The longest step title the product takes (100 characters), as one unbroken word. */
const LONG_TITLE = 'x'.repeat(100);

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

    await expect.element(screen.getByText('Job detached: “\u2068Request a quote\u2069”')).toBeVisible();
  });
});

describe('PendingChanges with hostile names', () => {
  test('a name with a right-to-left override stays inside its quotes, and a long title wraps in the popover width', async () => {
    const adapter = createFixtureAdapter();
    const jobs = await adapter.listJobs({ limit: 100 });
    const quote = jobs.items.find((job) => job.name === 'Request a quote');
    if (!quote) throw new Error('The fixtures have a “Request a quote” job.');
    await adapter.updateJob(quote.id, { name: `${RLO}Request a quote` }, quote.version);
    const { screen, store } = await renderWithStore(
      <div data-testid="frame" style={{ width: '20rem' }}>
        <PendingChanges />
      </div>,
      { flowId: FIXTURE_FLOWS.sales, adapter },
    );
    const sales = store.getState().stepsById.sales;
    if (sales?.kind !== 'sona') throw new Error('The sales line starts with its Sona step.');

    store.getState().updateStep('sales', { jobIds: sales.jobIds.slice(1), title: LONG_TITLE }, 'Detach');

    const line = screen.getByText(/^Job detached:/);
    await expect.element(line).toBeVisible();
    // The override is closed (PDI) before the closing quote: the product's words around the name read as written.
    expect(line.element().textContent).toBe(`Job detached: “\u2068${RLO}Request a quote\u2069”`);
    await expect.element(screen.getByRole('heading', { name: LONG_TITLE })).toBeVisible();
    const title = screen.getByRole('heading', { name: LONG_TITLE }).element().querySelector('[title]');
    expect(title?.getAttribute('title')).toBe(LONG_TITLE);
    const frame = screen.getByTestId('frame').element();
    expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth + 1);
    for (const element of frame.querySelectorAll('*')) {
      expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(
        frame.getBoundingClientRect().right + 1,
      );
    }
  });
});
