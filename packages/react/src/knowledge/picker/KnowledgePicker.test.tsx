import type { SonaStep } from '@sona-designer/core';
import { KNOWLEDGE_IDS } from '@sona-designer/core/demo';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../styles.css';
import { FRONT_DESK, PickerHarness } from '../../test/jobsHarness';
import { renderWithStore } from '../../test/renderWithStore';

describe('KnowledgePicker', () => {
  test('lists the pages, narrows them with the search, and checks/unchecks attach/detach in the draft', async () => {
    const { screen, store } = await renderWithStore(<PickerHarness kind="knowledge" stepId={FRONT_DESK} />);
    const dialog = screen.getByRole('dialog', { name: 'Add knowledge' });
    await expect.element(dialog.getByText('4 pages', { exact: true })).toBeVisible();
    await expect.element(dialog.getByRole('searchbox', { name: 'Search knowledge' })).toHaveFocus();

    await userEvent.fill(dialog.getByRole('searchbox', { name: 'Search knowledge' }), 'territoire');
    await expect.element(dialog.getByText('1 page matches')).toBeVisible();
    await dialog.getByRole('checkbox', { name: 'Service area / Territoire desservi' }).click();
    expect((store.getState().stepsById[FRONT_DESK] as SonaStep).knowledgeIds).toEqual([
      KNOWLEDGE_IDS.hours,
      KNOWLEDGE_IDS.prices,
      KNOWLEDGE_IDS.serviceArea,
    ]);
    await dialog.getByRole('checkbox', { name: 'Service area / Territoire desservi' }).click();
    expect((store.getState().stepsById[FRONT_DESK] as SonaStep).knowledgeIds).toHaveLength(2);

    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
  });
});
