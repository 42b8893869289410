import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../styles.css';
import { createFakeScheduler } from '../../test/fakeScheduler';
import { createFixtureAdapter, FIXTURE_FLOWS } from '../../test/fixtures';
import { renderWithStore } from '../../test/renderWithStore';
import { OUTAGE_MESSAGE, withFailingSaves, withSlowWrites } from '../../test/saveFixtures';
import { SaveStatus } from './SaveStatus';

const GREETING = 'Bonjour! Hello! How can we help today?';

describe('SaveStatus', () => {
  test('goes from Unsaved edits to Saving… to Saved', async () => {
    const adapter = withSlowWrites(createFixtureAdapter(), 300);
    const scheduler = createFakeScheduler();
    const { screen, store } = await renderWithStore(<SaveStatus />, { adapter, saveDelayMs: 150, scheduler });
    const status = screen.getByRole('status');
    await expect.element(status).toHaveTextContent('Saved');

    store.getState().updateStep('front-desk', { greeting: GREETING }, 'Edit Front desk');

    await expect.element(status).toHaveTextContent('Unsaved edits');
    scheduler.advance(149);
    expect(store.getState().saveState).toBe('pending');
    // The pause after the last edit ends: the save starts (the adapter then takes 300 ms to answer).
    scheduler.advance(1);
    await expect.element(status).toHaveTextContent('Saving…');
    await expect.element(status).toHaveTextContent('Saved');
    const stored = await adapter.getCallFlow(FIXTURE_FLOWS.main);
    expect(stored.draft.steps.find((step) => step.id === 'front-desk')).toMatchObject({ greeting: GREETING });
  });

  test('a failed save keeps the edit, shows the reason beside Retry, and Retry saves', async () => {
    const failing = withFailingSaves(createFixtureAdapter());
    const scheduler = createFakeScheduler();
    const { screen, store } = await renderWithStore(<SaveStatus />, {
      adapter: failing.adapter,
      saveDelayMs: 0,
      scheduler,
    });

    store.getState().updateStep('front-desk', { greeting: GREETING }, 'Edit Front desk');
    scheduler.advance(0);

    await expect.element(screen.getByRole('status')).toHaveTextContent('Couldn’t save');
    const retry = screen.getByRole('button', { name: 'Retry' });
    await expect.element(retry).toHaveAccessibleDescription(OUTAGE_MESSAGE);
    await userEvent.hover(retry);
    await expect.element(screen.getByRole('tooltip')).toHaveTextContent(OUTAGE_MESSAGE);
    await userEvent.keyboard('{Escape}');
    expect(store.getState().draft.steps.find((step) => step.id === 'front-desk')).toMatchObject({
      greeting: GREETING,
    });

    failing.setFailing(false);
    await retry.click();

    await expect.element(screen.getByRole('status')).toHaveTextContent('Saved');
    await expect.element(retry).not.toBeInTheDocument();
    const stored = await failing.adapter.getCallFlow(FIXTURE_FLOWS.main);
    expect(stored.draft.steps.find((step) => step.id === 'front-desk')).toMatchObject({ greeting: GREETING });
  });

  test('says Read only in read-only mode', async () => {
    const { screen } = await renderWithStore(<SaveStatus />, { readOnly: true });

    await expect.element(screen.getByRole('status')).toHaveTextContent('Read only');
  });

  test('speaks French', async () => {
    const { screen, store } = await renderWithStore(<SaveStatus />, { locale: 'fr' });

    store.getState().updateStep('front-desk', { greeting: GREETING }, 'Modifier');

    await expect.element(screen.getByRole('status')).toHaveTextContent('Modifications non enregistrées');
  });
});
