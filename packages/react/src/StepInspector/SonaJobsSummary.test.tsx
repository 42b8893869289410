import type { SonaStep } from '@sona-designer/core';
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { useFlowStoreApi } from '../flow/FlowContext';
import type { FlowStore } from '../flow/flowStore';
import { InspectorFixture } from './InspectorFixture';
import { missingJobAdapter } from './missingJobAdapter';
import { SonaJobsSummary } from './SonaJobsSummary';

function StoreProbe({ onStore }: { onStore(store: FlowStore): void }) {
  onStore(useFlowStoreApi());
  return null;
}

async function renderSummary(props: { flowId?: string; adapter?: ReturnType<typeof missingJobAdapter> }) {
  const holder: { store: FlowStore | null } = { store: null };
  const screen = await render(
    <InspectorFixture {...props}>
      <SonaJobsSummary stepId="sona" />
      <StoreProbe
        onStore={(store) => {
          holder.store = store;
        }}
      />
    </InspectorFixture>,
  );
  if (!holder.store) throw new Error('The flow store was not rendered.');
  return { screen, store: holder.store as FlowStore };
}

describe('SonaJobsSummary', () => {
  test('lists the attached jobs in order by name, with the count', async () => {
    const { screen } = await renderSummary({});

    await expect.element(screen.getByText('3 of 10', { exact: true })).toBeVisible();
    const items = screen.getByRole('listitem');
    await expect.element(items.nth(0)).toHaveTextContent('No heat');
    await expect.element(items.nth(1)).toHaveTextContent('Water leak');
    await expect.element(items.nth(2)).toHaveTextContent('Take a message');
  });

  test('Detach removes the job from the step’s draft as one undoable change', async () => {
    const { screen, store } = await renderSummary({});

    await screen.getByRole('button', { name: 'Detach Take a message' }).click();

    await expect.element(screen.getByText('2 of 10', { exact: true })).toBeVisible();
    expect((store.getState().stepsById.sona as SonaStep).jobIds).toEqual(['job-no-heat', 'job-leak']);
    store.getState().undo();
    await expect.element(screen.getByText('3 of 10', { exact: true })).toBeVisible();
  });

  test('a job deleted from the workspace reads as deleted and can be detached', async () => {
    const { screen, store } = await renderSummary({ flowId: 'flow-missing', adapter: missingJobAdapter() });

    await screen.getByRole('button', { name: 'Detach Deleted job (job-deleted)' }).click();

    await expect
      .poll(() => (store.getState().stepsById.sona as SonaStep).jobIds)
      .toEqual(['job-take-message']);
  });
});
