import type { SonaStep } from '@sona-designer/core';
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { useFlowStoreApi } from '../flow/FlowContext';
import type { FlowStore } from '../flow/flowStore';
import { InspectorFixture } from './InspectorFixture';
import { SonaKnowledgeSummary } from './SonaKnowledgeSummary';

function StoreProbe({ onStore }: { onStore(store: FlowStore): void }) {
  onStore(useFlowStoreApi());
  return null;
}

describe('SonaKnowledgeSummary', () => {
  test('shows the attached pages by title and detaches one', async () => {
    const holder: { store: FlowStore | null } = { store: null };
    const screen = await render(
      <InspectorFixture flowId="flow-main">
        <SonaKnowledgeSummary stepId="front-desk" />
        <StoreProbe
          onStore={(store) => {
            holder.store = store;
          }}
        />
      </InspectorFixture>,
    );

    await expect.element(screen.getByText('2 pages')).toBeVisible();
    await expect.element(screen.getByText('Opening hours / Heures d’ouverture')).toBeVisible();

    await screen.getByRole('button', { name: /^Detach Opening hours/ }).click();

    await expect.element(screen.getByText('1 page')).toBeVisible();
    const store = holder.store as FlowStore | null;
    if (!store) throw new Error('The flow store was not rendered.');
    expect((store.getState().stepsById['front-desk'] as SonaStep).knowledgeIds).toEqual(['kb-prices']);
    expect(store.getState().past.at(-1)?.label).toBe('Detach knowledge');
  });
});
