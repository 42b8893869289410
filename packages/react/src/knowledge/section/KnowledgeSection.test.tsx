import type { SonaStep } from '@sona-designer/core';
import { KNOWLEDGE_IDS } from '@sona-designer/core/demo';
import { describe, expect, test } from 'vitest';
import '../../styles.css';
import { missingJobAdapter } from '../../inspector';
import type { FlowStore } from '../../state';
import { FIXTURE_FLOWS } from '../../test/fixtures';
import { renderWithStore } from '../../test/renderWithStore';
import { KnowledgeSection } from './KnowledgeSection';

function pagesOf(store: FlowStore, stepId = 'sona'): string[] {
  return (store.getState().stepsById[stepId] as SonaStep).knowledgeIds;
}

function renderSection(options: Parameters<typeof renderWithStore>[1] = {}) {
  return renderWithStore(<KnowledgeSection stepId="sona" />, { flowId: FIXTURE_FLOWS.everyKind, ...options });
}

describe('KnowledgeSection', () => {
  test('Add knowledge attaches a page checked in the picker, as one undoable change', async () => {
    const { screen, store } = await renderSection();
    await expect.element(screen.getByText('1 page', { exact: true })).toBeVisible();

    await screen.getByRole('button', { name: 'Add knowledge' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Add knowledge' });
    await dialog.getByRole('checkbox', { name: 'Service area / Territoire desservi' }).click();
    await dialog.getByRole('button', { name: 'Done' }).click();

    await expect.element(screen.getByText('2 pages', { exact: true })).toBeVisible();
    expect(pagesOf(store)).toEqual([KNOWLEDGE_IDS.hours, KNOWLEDGE_IDS.serviceArea]);
    expect(store.getState().past.at(-1)?.label).toBe('Attach knowledge');
    await expect.element(screen.getByRole('button', { name: 'Add knowledge' })).toHaveFocus();
  });

  test('Detach removes the page; focus goes to Add knowledge when none is left', async () => {
    const { screen, store } = await renderSection();

    await screen.getByRole('button', { name: 'Detach Opening hours / Heures d’ouverture' }).click();

    await expect.element(screen.getByText('0 pages', { exact: true })).toBeVisible();
    expect(pagesOf(store)).toEqual([]);
    expect(store.getState().past.at(-1)?.label).toBe('Detach knowledge');
    await expect.element(screen.getByRole('button', { name: 'Add knowledge' })).toHaveFocus();
  });

  test('a deleted page reads "Deleted page" and can be detached', async () => {
    const { screen, store } = await renderSection({ flowId: 'flow-missing', adapter: missingJobAdapter() });

    await screen.getByRole('button', { name: 'Detach Deleted page' }).click();

    await expect.poll(() => pagesOf(store)).toEqual([KNOWLEDGE_IDS.prices]);
  });
});
