import { createStep, type FlowEdge, type Step } from '@sona-designer/core';
import { demoWorkspace } from '@sona-designer/core/demo';
import { createInMemoryAdapter } from '@sona-designer/core/memory';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import type { FlowStore } from '../state';
import { useFlowStoreApi } from '../state';
import { createFixtureAdapter, FIXTURE_FLOWS, FixtureDesigner } from '../test/fixtures';
import { FlowCanvas } from './FlowCanvas';

interface Harness {
  store?: FlowStore;
}

function StoreProbe({ harness }: { harness: Harness }) {
  harness.store = useFlowStoreApi();
  return null;
}

const COLUMNS = 5;

/** A long flow: one path of play-audio steps in rows of five, from the incoming call to an end. */
function largeFlowAdapter(count: number) {
  const steps: Step[] = [createStep('incoming-call', 'start', { x: 0, y: 0 })];
  const edges: FlowEdge[] = [];
  let previous = 'start';
  for (let i = 1; i < count; i++) {
    const id = `step-${i}`;
    const position = { x: ((i - 1) % COLUMNS) * 320, y: (Math.floor((i - 1) / COLUMNS) + 1) * 260 };
    const end = i === count - 1;
    steps.push(createStep(end ? 'end' : 'play-audio', id, position, end ? 'End call' : `Message ${i}`));
    edges.push({ id: `e-${id}`, source: previous, output: 'next', target: id });
    previous = id;
  }
  const stamp = '2026-02-01T09:00:00.000Z';
  return createInMemoryAdapter({
    seed: {
      ...demoWorkspace,
      callFlows: [
        {
          id: 'flow-large',
          name: 'Large flow',
          version: 1,
          draft: { steps, edges },
          published: null,
          revisions: [],
          createdAt: stamp,
          updatedAt: stamp,
        },
      ],
    },
  });
}

async function renderCanvas(flowId: string, adapter = createFixtureAdapter()) {
  const harness: Harness = {};
  const screen = await render(
    <FixtureDesigner adapter={adapter} flowId={flowId} saveDelayMs={60_000}>
      <div style={{ display: 'grid', gridTemplateRows: 'auto 700px auto', width: 1000 }}>
        <button type="button">Before</button>
        <FlowCanvas height={700} />
        <button type="button">After</button>
      </div>
      <StoreProbe harness={harness} />
    </FixtureDesigner>,
  );
  const store = harness.store;
  if (!store) throw new Error('The store probe did not render.');
  await expect
    .element(screen.getByRole('group', { name: 'Incoming call step: Incoming call' }))
    .toBeVisible();
  return { screen, store };
}

function active(): Element | null {
  return document.activeElement;
}

function focusedStepId(): string | undefined {
  const element = active();
  return element instanceof HTMLElement && element.classList.contains('react-flow__node')
    ? element.dataset.id
    : undefined;
}

/** Tabs from "Before" to "After", returning every element focused on the way. */
async function tabAcross(screen: Awaited<ReturnType<typeof renderCanvas>>['screen']) {
  (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
  const stops: Element[] = [];
  for (let i = 0; i < 40; i++) {
    await userEvent.keyboard('{Tab}');
    // A canvas standing in for an undrawn step moves focus to it a frame later.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const element = active();
    if (!element || element.textContent === 'After') return stops;
    stops.push(element);
  }
  throw new Error('Tab never reached the button after the canvas.');
}

function isFlowElement(element: Element) {
  return element.closest('.react-flow__node, .react-flow__edge, .sona-flow-canvas__surface') === element;
}

/** Whether the element lies within the canvas's visible rectangle. */
function onScreen(element: Element) {
  const box = element.getBoundingClientRect();
  const frame = document.querySelector('.sona-flow-canvas')?.getBoundingClientRect();
  if (!frame) return false;
  return (
    box.left >= frame.left && box.top >= frame.top && box.left < frame.right && box.top + 20 < frame.bottom
  );
}

describe('FlowCanvas roving focus', () => {
  test('the steps and connections are one tab stop: Tab enters on the first step and Tab again moves on', async () => {
    const { screen } = await renderCanvas(FIXTURE_FLOWS.main);
    const nodes = document.querySelectorAll('.react-flow__node');
    expect(nodes.length).toBeGreaterThan(5);
    const tabbable = [...document.querySelectorAll('.react-flow__node, .react-flow__edge')].filter(
      (element) => (element as HTMLElement).tabIndex >= 0,
    );
    expect(tabbable).toHaveLength(1);

    const stops = await tabAcross(screen);
    const flowStops = stops.filter(isFlowElement);
    expect(flowStops).toHaveLength(1);
    expect(flowStops[0]?.getAttribute('aria-label')).toBe('Incoming call step: Incoming call');
    // Then only the canvas's own controls: the zoom toolbar (one stop) and Tidy up; 3 stops in all.
    const others = stops.filter((element) => !isFlowElement(element));
    expect(others.every((element) => element.closest('.react-flow__panel'))).toBe(true);
    expect(others).toHaveLength(2);
    expect(stops).toHaveLength(3);
    const toolbar = screen.getByRole('toolbar', { name: 'Canvas controls' });
    expect(others[0]?.closest('[role="toolbar"]')).toBe(toolbar.element());
  });

  test('the zoom buttons are one toolbar: arrows move between them, and do not move the focus on the canvas', async () => {
    const { screen } = await renderCanvas(FIXTURE_FLOWS.main);
    const toolbar = screen.getByRole('toolbar', { name: 'Canvas controls' });
    const buttons = [...toolbar.element().querySelectorAll('button')];
    expect(buttons.map((button) => button.tabIndex)).toEqual([0, -1, -1]);
    buttons[0]?.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(buttons[1]);
    expect(buttons.map((button) => button.tabIndex)).toEqual([-1, 0, -1]);
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(buttons[2]);
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(buttons[0]);
  });

  test('Tab enters on the selected step', async () => {
    const { screen, store } = await renderCanvas(FIXTURE_FLOWS.main);
    store.getState().select(['after-hours']);
    await expect
      .poll(() => document.querySelector<HTMLElement>('.react-flow__node[data-id="after-hours"]')?.tabIndex)
      .toBe(0);
    (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}');
    expect(focusedStepId()).toBe('after-hours');
  });

  test('arrows move focus along the connections and between siblings, selecting and announcing the step', async () => {
    const { screen, store } = await renderCanvas(FIXTURE_FLOWS.main);
    (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}');
    expect(focusedStepId()).toBe('start');

    await userEvent.keyboard('{ArrowDown}');
    expect(focusedStepId()).toBe('hours');
    expect(store.getState().selectedStepIds).toEqual(['hours']);
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedStepId()).toBe('front-desk');
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedStepId()).toBe('after-hours-menu');
    await expect
      .poll(() => document.querySelector('.sona-flow-canvas [aria-live="polite"]')?.textContent)
      .toBe('Phone menu step: After-hours menu, 3 connections out');
    await userEvent.keyboard('{ArrowLeft}');
    expect(focusedStepId()).toBe('front-desk');
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    expect(focusedStepId()).toBe('after-hours');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(focusedStepId()).toBe('hours');
    // Arrows no longer move the step.
    expect(store.getState().stepsById.hours?.position).toEqual({ x: 0, y: 196 });

    // Period goes to the connections out; Right goes to the next one; Down to where it leads; period back.
    await userEvent.keyboard('.');
    expect(active()?.classList.contains('react-flow__edge')).toBe(true);
    expect(active()?.getAttribute('aria-label')).toMatch(/^Connection from Business hours/);
    const first = active()?.getAttribute('data-id');
    await userEvent.keyboard('{ArrowRight}');
    expect(active()?.getAttribute('data-id')).not.toBe(first);
    await userEvent.keyboard('.');
    expect(focusedStepId()).toBe('hours');
    await userEvent.keyboard('.{ArrowDown}');
    expect(['front-desk', 'after-hours']).toContain(focusedStepId());

    // Enter still opens the inspector; the tab stop follows focus.
    await userEvent.keyboard('{Enter}');
    expect(store.getState().inspectedStepId).toBe(focusedStepId());
    const tabbable = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].filter(
      (element) => element.tabIndex === 0,
    );
    expect(tabbable.map((element) => element.dataset.id)).toEqual([focusedStepId()]);
  });

  test('a 200-step flow is one tab stop too, and arrows keep the focused step on screen', async () => {
    const { screen } = await renderCanvas('flow-large', largeFlowAdapter(200));
    const stops = await tabAcross(screen);
    expect(stops.filter(isFlowElement)).toHaveLength(1);

    (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}');
    expect(focusedStepId()).toBe('start');
    for (let i = 1; i <= 30; i++) {
      await userEvent.keyboard('{ArrowDown}');
      await expect.poll(focusedStepId).toBe(`step-${i}`);
    }
    const focused = active();
    if (!focused) throw new Error('Nothing focused.');
    await expect.poll(() => onScreen(focused)).toBe(true);

    // Leaving and coming back lands on the same step, even after panning it out of view.
    await userEvent.keyboard('{Tab}');
    expect(focusedStepId()).toBeUndefined();
    (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}');
    await expect.poll(focusedStepId).toBe('step-30');
  });

  test('Shift+arrows move the selected step', async () => {
    const { screen, store } = await renderCanvas(FIXTURE_FLOWS.main);
    await userEvent.click(screen.getByRole('group', { name: 'End step: End call' }));
    const before = store.getState().stepsById['front-desk-end']?.position;
    await userEvent.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(store.getState().stepsById['front-desk-end']?.position).toEqual({
      x: (before?.x ?? 0) - 20,
      y: before?.y ?? 0,
    });
  });

  test('? opens the keyboard shortcuts, which keep focus until Escape closes them', async () => {
    const { screen } = await renderCanvas(FIXTURE_FLOWS.main);
    (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog).toHaveTextContent('Shift+arrows');
    for (let i = 0; i < 4; i++) {
      await userEvent.keyboard('{Tab}');
      expect((dialog.element() as HTMLElement).contains(active())).toBe(true);
    }
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    expect(focusedStepId()).toBe('start');
  });

  test('in French, the shortcuts are listed in French', async () => {
    const harness: Harness = {};
    const screen = await render(
      <FixtureDesigner adapter={createFixtureAdapter()} flowId={FIXTURE_FLOWS.main} locale="fr">
        <FlowCanvas height={700} />
        <StoreProbe harness={harness} />
      </FixtureDesigner>,
    );
    const start = screen.getByRole('group', { name: /Appel entrant/ }).first();
    await expect.element(start).toBeVisible();
    (start.element() as HTMLElement).focus();
    await userEvent.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Raccourcis clavier' });
    await expect.element(dialog).toHaveTextContent('Maj+flèches');
  });
});
