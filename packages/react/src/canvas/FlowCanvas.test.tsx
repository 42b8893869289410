import type { ReactNode } from 'react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import type { FlowStore } from '../state';
import { useFlowStoreApi } from '../state';
import { createFixtureAdapter, FIXTURE_FLOWS, FixtureDesigner } from '../test/fixtures';
import { FlowCanvas } from './FlowCanvas';
import { StepPalette } from './palette/StepPalette';
import { StepNodeRenderProbe } from './stepNode/renderProbe';

interface Harness {
  store: FlowStore;
}

function StoreProbe({ harness }: { harness: Partial<Harness> }) {
  harness.store = useFlowStoreApi();
  return null;
}

async function renderCanvas(flowId: string, extra?: (children: ReactNode) => ReactNode) {
  const harness: Partial<Harness> = {};
  const content = (
    <div style={{ display: 'grid', gridTemplateColumns: '220px 1000px', height: 760 }}>
      <StepPalette />
      <FlowCanvas height={760} />
      <StoreProbe harness={harness} />
    </div>
  );
  const screen = await render(
    <FixtureDesigner adapter={createFixtureAdapter()} flowId={flowId} saveDelayMs={60_000}>
      {extra ? extra(content) : content}
    </FixtureDesigner>,
  );
  const store = harness.store;
  if (!store) throw new Error('The store probe did not render.');
  return { screen, store };
}

function node(name: string): HTMLElement {
  const found = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].find(
    (element) => element.getAttribute('aria-label') === name,
  );
  if (!found) throw new Error(`No node named “${name}”.`);
  return found;
}

function positions(store: FlowStore) {
  return Object.fromEntries(store.getState().draft.steps.map((step) => [step.id, step.position]));
}

describe('FlowCanvas', () => {
  test('adds a step from the palette by keyboard, below and connected from the selected step, and focuses it', async () => {
    const { screen, store } = await renderCanvas(FIXTURE_FLOWS.main);
    const frontDesk = screen.getByRole('group', { name: 'Sona step: Front desk' });
    await expect.element(frontDesk).toBeVisible();
    await userEvent.click(frontDesk);
    expect(store.getState().selectedStepIds).toEqual(['front-desk']);

    const playAudio = screen.getByRole('button', { name: 'Play audio' });
    await expect.element(playAudio).toHaveAccessibleDescription(/Play a recording or read a text/);
    (playAudio.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');

    const added = screen.getByRole('group', { name: 'Play audio step: Play audio' });
    await expect.element(added).toBeVisible();
    await expect
      .poll(() => document.activeElement?.getAttribute('aria-label'))
      .toBe('Play audio step: Play audio');
    // Front desk's "Done" leads to the end already, so the new step hangs off its free "Hand-off" output.
    await expect
      .element(screen.getByRole('group', { name: 'Connection from Front desk (Hand-off) to Play audio' }))
      .toBeInTheDocument();
    const state = store.getState();
    const id = state.selectedStepIds[0] ?? '';
    expect(state.inspectedStepId).toBe(id);
    expect(state.stepsById[id]?.position.y).toBeGreaterThan(state.stepsById['front-desk']?.position.y ?? 0);
    expect(state.past.at(-1)?.label).toBe('Add Play audio');
    expect(state.undo()).toBe('Add Play audio');
    expect(store.getState().stepsById[id]).toBeUndefined();
  });

  test('connects two steps by dragging from an output handle onto a step', async () => {
    const { screen, store } = await renderCanvas(FIXTURE_FLOWS.errors);
    const support = screen.getByRole('group', { name: 'Sona step: Support desk' });
    await expect.element(support).toBeVisible();
    // The fixture's steps sit close together: lay them out so each handle can be grabbed.
    await userEvent.click(screen.getByRole('button', { name: 'Tidy up' }));
    const done = support.getByTitle('Drag to connect “Done” to a step');
    const target = screen.getByRole('group', { name: 'Play audio step: Old promo' });

    await userEvent.dragAndDrop(done, target, { steps: 8 } as never);

    await expect
      .element(screen.getByRole('group', { name: 'Connection from Support desk (Done) to Old promo' }))
      .toBeInTheDocument();
    expect(store.getState().draft.edges).toContainEqual(
      expect.objectContaining({ source: 'sona', output: 'done', target: 'orphan' }),
    );
    expect(store.getState().past.at(-1)?.label).toBe('Connect');
  });

  test('deletes the selected step with the Delete key, and undo brings it back', async () => {
    const { screen, store } = await renderCanvas(FIXTURE_FLOWS.main);
    const voicemail = screen.getByRole('group', { name: 'Voicemail step: Voicemail' });
    await userEvent.click(voicemail);
    await userEvent.keyboard('{Delete}');

    await expect.element(voicemail).not.toBeInTheDocument();
    expect(store.getState().stepsById.voicemail).toBeUndefined();
    expect(store.getState().draft.edges.some((edge) => edge.target === 'voicemail')).toBe(false);
    // Focus stays in the canvas, so the next shortcut works.
    await expect.poll(() => document.activeElement?.closest('.sona-flow-canvas')).not.toBeNull();

    store.getState().undo();
    await expect.element(screen.getByRole('group', { name: 'Voicemail step: Voicemail' })).toBeVisible();
    await expect
      .element(screen.getByRole('group', { name: 'Connection from After hours (Done) to Voicemail' }))
      .toBeInTheDocument();
  });

  test('keyboard: Shift+arrows move the selection by 20 px, Ctrl+D duplicates, Ctrl+A selects all, Escape clears, Enter inspects', async () => {
    const { screen, store } = await renderCanvas(FIXTURE_FLOWS.main);
    const end = screen.getByRole('group', { name: 'End step: End call' });
    await userEvent.click(end);
    const before = store.getState().stepsById['front-desk-end']?.position;

    await userEvent.keyboard('{Shift>}{ArrowRight}{ArrowDown}{/Shift}');
    expect(store.getState().stepsById['front-desk-end']?.position).toEqual({
      x: (before?.x ?? 0) + 20,
      y: (before?.y ?? 0) + 20,
    });
    expect(
      store
        .getState()
        .past.slice(-2)
        .map((entry) => entry.label),
    ).toEqual(['Move', 'Move']);

    await userEvent.keyboard('{Control>}d{/Control}');
    await expect
      .poll(() => store.getState().draft.steps.filter((step) => step.kind === 'end'))
      .toHaveLength(2);
    expect(store.getState().past.at(-1)?.label).toBe('Duplicate');

    await userEvent.keyboard('{Control>}a{/Control}');
    expect(store.getState().selectedStepIds).toHaveLength(store.getState().stepIds.length);
    await userEvent.keyboard('{Escape}');
    expect(store.getState().selectedStepIds).toEqual([]);

    const hours = screen.getByRole('group', { name: 'Business hours step: Business hours' });
    (hours.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(store.getState().inspectedStepId).toBe('hours');
  });

  test('tidies up the layout as one undo step', async () => {
    const { screen, store } = await renderCanvas(FIXTURE_FLOWS.everyKind);
    await expect.element(screen.getByRole('group', { name: 'Sona step: Support desk' })).toBeVisible();
    // Pile the steps up first, as a hand-made flow often is.
    const piled = Object.fromEntries(
      store.getState().stepIds.map((id, index) => [id, { x: index * 30, y: index * 40 }]),
    );
    store.getState().change('Pile up', (graph) => ({
      ...graph,
      steps: graph.steps.map((step) => ({ ...step, position: piled[step.id] ?? step.position })),
    }));
    const before = positions(store);
    const history = store.getState().past.length;

    await userEvent.click(screen.getByRole('button', { name: 'Tidy up' }));

    const after = positions(store);
    expect(after).not.toEqual(before);
    expect(store.getState().past).toHaveLength(history + 1);
    expect(store.getState().past.at(-1)?.label).toBe('Tidy up layout');
    // The menu sits below business hours, and nothing overlaps any more.
    expect(after.menu?.y).toBeGreaterThan(after.hours?.y ?? 0);
    const noOverlap = () => {
      const boxes = [...document.querySelectorAll('.react-flow__node')].map((element) =>
        element.getBoundingClientRect(),
      );
      return boxes.every((a, i) =>
        boxes.every(
          (b, j) =>
            i === j || a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top,
        ),
      );
    };
    // Measured again on each try: the nodes reach their new places over a frame or two.
    await expect.poll(noOverlap).toBe(true);

    store.getState().undo();
    expect(positions(store)).toEqual(before);
  });

  test('the overview draws each step in its kind’s colour and moves the view where it is pressed', async () => {
    const { screen, store } = await renderCanvas(FIXTURE_FLOWS.main);
    await expect.element(screen.getByRole('group', { name: 'Sona step: Front desk' })).toBeVisible();
    const overview = screen.getByRole('img', { name: 'Overview of the call flow' });
    await expect.element(overview).toBeVisible();

    const stepsByKind = new Map<string, number>();
    for (const step of store.getState().draft.steps) {
      stepsByKind.set(step.kind, (stepsByKind.get(step.kind) ?? 0) + 1);
    }
    const drawnByKind = new Map<string, number>();
    for (const path of (overview.element() as SVGElement).querySelectorAll('.react-flow__minimap-node')) {
      const kind = /sona-flow-node--([\w-]+)/.exec(path.getAttribute('class') ?? '')?.[1] ?? '?';
      // One closed rectangle per step.
      drawnByKind.set(kind, (path.getAttribute('d') ?? '').split('z').length - 1);
    }
    expect(drawnByKind).toEqual(stepsByKind);

    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const before = viewport?.style.transform;
    await userEvent.click(overview, { position: { x: 6, y: 6 } } as never);
    await expect.poll(() => viewport?.style.transform).not.toBe(before);
  });

  test('zoomed far out, steps show their title only; zooming back in shows their settings again', async () => {
    const { screen } = await renderCanvas(FIXTURE_FLOWS.main);
    const greeting = screen
      .getByRole('group', { name: 'Sona step: Front desk' })
      .getByText('Book a service visit');
    await expect.element(greeting).toBeVisible();
    const title = screen.getByRole('group', { name: 'Sona step: Front desk' }).getByText('Front desk');

    for (let i = 0; i < 6; i++) await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    await expect.element(greeting).not.toBeVisible();
    await expect.element(title).toBeVisible();

    for (let i = 0; i < 6; i++) await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await expect.element(greeting).toBeVisible();
  });

  test('dragging one node re-renders no other node, and the dragged one not on each pointer move', async () => {
    const renders = new Map<string, number>();
    const count = (stepId: string) => renders.set(stepId, (renders.get(stepId) ?? 0) + 1);
    const { screen, store } = await renderCanvas(FIXTURE_FLOWS.main, (children) => (
      <StepNodeRenderProbe.Provider value={count}>{children}</StepNodeRenderProbe.Provider>
    ));
    const frontDesk = screen.getByRole('group', { name: 'Sona step: Front desk' });
    await expect.element(frontDesk).toBeVisible();
    await expect.element(frontDesk.getByText('Book a service visit')).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 300));
    renders.clear();
    const before = store.getState().stepsById['front-desk']?.position;

    const box = node('Sona step: Front desk').getBoundingClientRect();
    await userEvent.dragAndDrop(frontDesk, screen.getByRole('group', { name: 'Sona step: Front desk' }), {
      sourcePosition: { x: 40, y: 20 },
      targetPosition: { x: 40 + 120, y: 20 + 60 },
      steps: 10,
    } as never);

    const after = store.getState().stepsById['front-desk']?.position;
    expect(after).not.toEqual(before);
    expect(box.width).toBeGreaterThan(0);
    // Being selected may re-render the dragged card once; its ten pointer moves do not (React Flow moves its wrapper).
    expect(renders.get('front-desk') ?? 0).toBeLessThanOrEqual(2);
    const others = [...renders.keys()].filter((id) => id !== 'front-desk');
    expect(others).toEqual([]);
    expect(store.getState().past.at(-1)?.label).toBe('Move');
  });
});
