import type { FlowGraph, SonaStep } from '@sona-designer/core';
import { JOB_IDS } from '@sona-designer/core/demo';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../styles.css';
import { FIXTURE_FLOWS } from '../../test/fixtures';
import { renderWithStore } from '../../test/renderWithStore';
import { makeConflict } from '../../test/saveFixtures';
import { SaveStatus } from '../saveStatus/SaveStatus';
import { ConflictDialog } from './ConflictDialog';

const MY_GREETING = 'Dupont Plomberie & Chauffage, bonjour! Hello! Is this about a visit already booked?';

function frontDesk(graph: FlowGraph): SonaStep {
  const step = graph.steps.find((candidate) => candidate.id === 'front-desk');
  if (step?.kind !== 'sona') throw new Error('The main line has a Front desk Sona step.');
  return step;
}

async function renderConflict() {
  const rendered = await renderWithStore(
    <>
      <SaveStatus />
      <ConflictDialog />
    </>,
  );
  await makeConflict(rendered.store, rendered.adapter);
  return rendered;
}

describe('ConflictDialog', () => {
  test('opens on a conflicting save and shows how their version differs from mine', async () => {
    const { screen } = await renderConflict();

    const dialog = screen.getByRole('dialog', { name: 'Someone else changed this call flow' });
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog.getByRole('heading', { name: /Holiday notice/ })).toBeVisible();
    await expect.element(dialog.getByText('Job “\u2068Billing question\u2069”')).toBeVisible();
    await expect.element(dialog.getByText(/ask me about our spring furnace tune-up/i)).toBeVisible();
    await expect.element(dialog.getByText(MY_GREETING)).toBeVisible();
    await expect.element(dialog.getByRole('button', { name: 'Reload theirs' })).toHaveFocus();
  });

  test('Reload theirs adopts their draft, and Undo brings mine back', async () => {
    const { screen, store } = await renderConflict();

    await screen.getByRole('button', { name: 'Reload theirs' }).click();

    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    expect(frontDesk(store.getState().draft).greeting).toMatch(/spring furnace tune-up/);
    expect(store.getState().stepsById['holiday-notice']).toBeDefined();
    await expect.element(screen.getByRole('status')).toHaveTextContent('Saved');

    expect(store.getState().undo()).toBe('Reload their version');

    expect(frontDesk(store.getState().draft).greeting).toBe(MY_GREETING);
    expect(frontDesk(store.getState().draft).jobIds).not.toContain(JOB_IDS.billing);
  });

  test('Keep mine overwrites their version in the adapter', async () => {
    const { screen, store, adapter } = await renderConflict();

    await screen.getByRole('button', { name: 'Keep mine and overwrite' }).click();

    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(screen.getByRole('status')).toHaveTextContent('Saved');
    const stored = await adapter.getCallFlow(FIXTURE_FLOWS.main);
    expect(frontDesk(stored.draft).greeting).toBe(MY_GREETING);
    expect(stored.draft.steps.some((step) => step.id === 'holiday-notice')).toBe(false);
    expect(store.getState().conflict).toBeNull();
  });

  test('Escape decides nothing: the conflict stays in the status, and Resolve… reopens the dialog', async () => {
    const { screen, store } = await renderConflict();
    await expect.element(screen.getByRole('dialog')).toBeVisible();

    await userEvent.keyboard('{Escape}');

    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(screen.getByRole('status')).toHaveTextContent('Not saved: changed elsewhere');
    expect(store.getState().saveState).toBe('conflict');
    expect(frontDesk(store.getState().draft).greeting).toBe(MY_GREETING);

    await screen.getByRole('button', { name: 'Resolve…' }).click();

    await expect.element(screen.getByRole('dialog')).toBeVisible();
  });

  test('keeps focus inside the dialog', async () => {
    const { screen } = await renderConflict();
    const dialog = screen.getByRole('dialog');
    await expect.element(dialog).toBeVisible();

    for (let press = 0; press < 5; press++) await userEvent.keyboard('{Tab}');

    expect(dialog.element().contains(document.activeElement)).toBe(true);
  });
});
