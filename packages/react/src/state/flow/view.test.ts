import { type CallFlow, createStarterGraph, createStep } from '@sona-designer/core';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createFakeScheduler } from '../../test/fakeScheduler';
import { documentOf } from './history';
import { afterRemoval, createViewActions, INITIAL_VIEW, selectSteps, type ViewState } from './view';

function setup() {
  const scheduler = createFakeScheduler(500);
  const graph = {
    ...createStarterGraph(),
    steps: [...createStarterGraph().steps, createStep('end', 'end-3')],
  };
  const store = createStore(() => ({
    ...INITIAL_VIEW,
    ...documentOf(graph),
    conflict: null as CallFlow | null,
  }));
  const actions = createViewActions(scheduler, { get: store.getState, set: store.setState });
  return { store, actions, scheduler };
}

describe('view actions', () => {
  it('focuses a step: selects it, opens it in the inspector and asks the canvas to show it', () => {
    const { store, actions } = setup();
    actions.select(['start'], ['e1']);
    actions.focusStep('sona-1');
    expect(store.getState()).toMatchObject({
      selectedStepIds: ['sona-1'],
      selectedEdgeIds: [],
      inspectedStepId: 'sona-1',
      focusRequest: { stepId: 'sona-1', at: 500 },
    });
    actions.focusStep('nowhere');
    expect(store.getState().inspectedStepId).toBe('sona-1');
  });

  it('copies the selected steps, leaving the clipboard alone when nothing can be copied', () => {
    const { store, actions } = setup();
    actions.select(['sona-1', 'end-3']);
    actions.copySelection();
    const copied = store.getState().clipboard;
    expect(copied?.steps.map((step) => step.id)).toEqual(['sona-1', 'end-3']);
    actions.select(['start']);
    actions.copySelection();
    expect(store.getState().clipboard).toBe(copied);
  });

  it('announces with the time, and keeps a closed conflict dialog reopenable', () => {
    const { store, actions, scheduler } = setup();
    scheduler.advance(20);
    actions.announce('undid', 'Add Mailbox');
    expect(store.getState().announcement).toEqual({ key: 'undid', label: 'Add Mailbox', at: 520 });
    actions.announce('remoteUpdated');
    expect(store.getState().announcement).toEqual({ key: 'remoteUpdated', at: 520 });

    const conflict = { id: 'flow-1' } as CallFlow;
    store.setState({ conflict });
    actions.showConflictDialog(false);
    expect(store.getState().dismissedConflict).toBe(conflict);
    actions.showConflictDialog(true);
    expect(store.getState().dismissedConflict).toBeNull();
  });

  it('opens and closes the simulated-call drawer', () => {
    const { store, actions } = setup();
    actions.testCall('sona-1');
    expect(store.getState().simulatorStepId).toBe('sona-1');
    actions.testCall(null);
    expect(store.getState().simulatorStepId).toBeNull();
  });

  it('shows a simulated call path for the canvas, cleared when the drawer closes', () => {
    const { store, actions } = setup();
    actions.testCall('sona-1');
    const path = { stepIds: ['start', 'sona-1'], edgeIds: ['e1'], currentStepId: 'sona-1' };
    actions.showSimulatorPath(path);
    expect(store.getState().simulatorPath).toBe(path);
    // Switching the drawer's step keeps the path; closing it clears it.
    actions.testCall('sona-1');
    expect(store.getState().simulatorPath).toBe(path);
    actions.testCall(null);
    expect(store.getState().simulatorPath).toBeNull();
  });
});

describe('selection helpers', () => {
  it('selects new steps, inspecting the only one when asked', () => {
    expect(selectSteps(['a'], true)).toEqual({
      selectedStepIds: ['a'],
      selectedEdgeIds: [],
      inspectedStepId: 'a',
    });
    expect(selectSteps(['a', 'b'], true)).toMatchObject({ inspectedStepId: null });
    expect(selectSteps(['a'], false)).not.toHaveProperty('inspectedStepId');
  });

  it('keeps what is left of the selection after a removal, and closes the inspector on a removed step', () => {
    const view: ViewState = {
      ...INITIAL_VIEW,
      selectedStepIds: ['start', 'gone'],
      selectedEdgeIds: ['e1'],
      inspectedStepId: 'gone',
    };
    const { stepsById } = documentOf(createStarterGraph());
    expect(afterRemoval(view, stepsById)).toEqual({
      selectedStepIds: ['start'],
      selectedEdgeIds: [],
      inspectedStepId: null,
    });
  });
});
