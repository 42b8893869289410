import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../styles.css';
import type { FlowStore } from '../../state';
import { useFlowStoreApi } from '../../state';
import { createFixtureAdapter, FIXTURE_FLOWS, FixtureDesigner } from '../../test/fixtures';
import { FlowCanvas } from '../FlowCanvas';
import { stepNodeWidth } from '../nodeSize';
import { StepPalette } from './StepPalette';

function StoreProbe({ onStore }: { onStore: (store: FlowStore) => void }) {
  onStore(useFlowStoreApi());
  return null;
}

async function renderPalette(readOnly = false) {
  let store: FlowStore | undefined;
  const screen = await render(
    <FixtureDesigner adapter={createFixtureAdapter()} flowId={FIXTURE_FLOWS.fresh} readOnly={readOnly}>
      <div style={{ display: 'grid', gridTemplateColumns: '220px 900px', height: 700 }}>
        <StepPalette />
        <FlowCanvas height={700} />
      </div>
      <StoreProbe onStore={(value) => (store = value)} />
    </FixtureDesigner>,
  );
  await expect.element(screen.getByRole('group', { name: 'Sona step: Sona' })).toBeVisible();
  if (!store) throw new Error('No store.');
  return { screen, store };
}

describe('StepPalette', () => {
  test('drags a step kind onto the canvas, where it is dropped', async () => {
    const { screen, store } = await renderPalette();
    const pane = document.querySelector('.react-flow__pane');
    if (!(pane instanceof HTMLElement)) throw new Error('No pane.');
    await waitForSteadyViewport();

    // Playwright cannot start a native drag inside the test iframe: replay the events with a real DataTransfer.
    const dataTransfer = new DataTransfer();
    const source = screen.getByRole('button', { name: 'Voicemail' }).element();
    source.dispatchEvent(new DragEvent('dragstart', { bubbles: true, cancelable: true, dataTransfer }));
    const paneBox = pane.getBoundingClientRect();
    const point = { clientX: paneBox.left + 700, clientY: paneBox.top + 120 };
    // Where the drop point is in flow coordinates, with the viewport as it is at the drop (it may still settle after).
    const { x: panX, zoom } = viewportTransform();
    const expectedCentre = (point.clientX - paneBox.left - panX) / zoom;
    const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer, ...point });
    pane.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    pane.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer, ...point }));

    const added = screen.getByRole('group', { name: 'Voicemail step: Voicemail' });
    await expect.element(added).toBeVisible();
    // Centred horizontally on the drop point.
    const step = Object.values(store.getState().stepsById).find(
      (candidate) => candidate.kind === 'voicemail',
    );
    if (!step) throw new Error('No voicemail step.');
    expect(Math.abs(step.position.x + stepNodeWidth(step) / 2 - expectedCentre)).toBeLessThan(20 / zoom);
    expect(store.getState().past.at(-1)?.label).toBe('Add Voicemail');
  });

  test('with nothing selected, Enter adds the step below the flow, unconnected, and focuses it', async () => {
    const { screen, store } = await renderPalette();
    const lowest = Math.max(...store.getState().draft.steps.map((step) => step.position.y));
    const button = screen.getByRole('button', { name: 'End call' });
    (button.element() as HTMLElement).focus();
    await userEvent.keyboard(' ');

    const added = screen.getByRole('group', { name: 'End step: End call' });
    await expect.element(added).toBeVisible();
    await expect.poll(() => document.activeElement).toBe(added.element());
    const id = store.getState().selectedStepIds[0] ?? '';
    expect(store.getState().stepsById[id]?.position.y).toBeGreaterThan(lowest);
    expect(store.getState().draft.edges.some((edge) => edge.target === id)).toBe(false);
  });

  test('is not shown in read-only mode', async () => {
    const { screen } = await renderPalette(true);
    expect(screen.getByRole('region', { name: 'Add a step' }).query()).toBeNull();
  });
});

/** The canvas fits its view once nodes are measured: wait until the viewport stops moving before measuring positions. */
function viewportTransform(): { x: number; y: number; zoom: number } {
  const style = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
  const match = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([-\d.]+)\)/.exec(style);
  if (!match) throw new Error(`Unexpected viewport transform: ${style}`);
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
}

async function waitForSteadyViewport(): Promise<void> {
  const viewport = () => document.querySelector('.react-flow__viewport')?.getAttribute('style') ?? '';
  let previous = viewport();
  for (let steady = 0, tries = 0; steady < 5 && tries < 200; tries++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const current = viewport();
    steady = current === previous ? steady + 1 : 0;
    previous = current;
  }
}
