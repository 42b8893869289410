import type { CallFlow, FlowGraph, Step } from '@sona-designer/core';
import type { CopiedSteps } from '@sona-designer/core/edits';
import { copySteps } from '@sona-designer/core/edits';
import type { Scheduler } from './scheduler';

/**
 * Something the designer announces to screen readers (undo, redo, a change made elsewhere); `Announcer` words it from
 * the catalogue.
 *
 * Part of the advanced, less stable surface (see `useFlow`): it may change in a minor release.
 *
 * @advanced
 */
export interface Announcement {
  key: 'undid' | 'redid' | 'remoteUpdated';
  label?: string;
  at: number;
}

/**
 * The steps and connections a simulated call went through, for the canvas to highlight while the drawer shows it.
 *
 * Part of the advanced, less stable surface (see `useFlow`): it may change in a minor release.
 *
 * @advanced
 */
export interface SimulatorPath {
  /** Every step taken, in order. */
  stepIds: string[];
  /** The connections followed between them. */
  edgeIds: string[];
  /** Where the call is now (waiting for a key, talking with Sona, or where it ended). */
  currentStepId: string | null;
}

/** What the person is looking at and working on: none of it is saved with the draft. */
export interface ViewState {
  selectedStepIds: string[];
  selectedEdgeIds: string[];
  /** The step whose settings the inspector shows. */
  inspectedStepId: string | null;
  /** The conflict whose dialog was closed without a choice (it stays shown in the save status to reopen). */
  dismissedConflict: CallFlow | null;
  clipboard: CopiedSteps | null;
  /** Asks the canvas to bring a step into view and focus it (e.g. from a link in the list of problems). */
  focusRequest: { stepId: string; at: number } | null;
  /** The last thing to announce to screen readers; the UI words it from the catalogue. */
  announcement: Announcement | null;
  /** The Sona step the simulated-call drawer tests, or null while the drawer is closed. */
  simulatorStepId: string | null;
  /** The path of the call the drawer simulates from the incoming call, or null (the canvas highlights it). */
  simulatorPath: SimulatorPath | null;
  /**
   * The id of the element saying why Publish is held although the draft has no problem (its tests must pass first),
   * or null. Set by the publish bar's test count.
   */
  publishHold: string | null;
}

/** The flow store's actions on the view. */
export interface ViewActions {
  select(stepIds: string[], edgeIds?: string[]): void;
  inspect(stepId: string | null): void;
  /** Selects a step, opens it in the inspector and asks the canvas to show and focus it. */
  focusStep(stepId: string): void;
  copySelection(): void;
  /** Hides (false) or reopens (true) the conflict dialog; the conflict itself stays until resolved. */
  showConflictDialog(show: boolean): void;
  announce(key: Announcement['key'], label?: string): void;
  /** Opens the simulated-call drawer on a Sona step (or switches its step); null closes it. */
  testCall(stepId: string | null): void;
  /** Shows a simulated call's path on the canvas; null clears it (closing the drawer does too). */
  showSimulatorPath(path: SimulatorPath | null): void;
}

/** The view of a flow just opened. */
export const INITIAL_VIEW: ViewState = {
  selectedStepIds: [],
  selectedEdgeIds: [],
  inspectedStepId: null,
  dismissedConflict: null,
  clipboard: null,
  focusRequest: null,
  announcement: null,
  simulatorStepId: null,
  simulatorPath: null,
  publishHold: null,
};

/** What the view actions read from the flow store and write to it. */
export interface ViewHost {
  get(): ViewState & { draft: FlowGraph; stepsById: Record<string, Step>; conflict: CallFlow | null };
  set(patch: Partial<ViewState>): void;
}

/** A selection of these steps; with `inspect`, the inspector shows the step when there is only one. */
export function selectSteps(ids: string[], inspect: boolean): Partial<ViewState> {
  return {
    selectedStepIds: ids,
    selectedEdgeIds: [],
    ...(inspect ? { inspectedStepId: ids.length === 1 ? (ids[0] ?? null) : null } : {}),
  };
}

/** The selection after steps were removed: what is left of it, and the inspector closed if its step went. */
export function afterRemoval(view: ViewState, stepsById: Record<string, Step>): Partial<ViewState> {
  const { selectedStepIds, inspectedStepId } = view;
  return {
    selectedStepIds: selectedStepIds.filter((id) => stepsById[id]),
    selectedEdgeIds: [],
    inspectedStepId: inspectedStepId && stepsById[inspectedStepId] ? inspectedStepId : null,
  };
}

/** The view actions of one flow store. */
export function createViewActions(scheduler: Scheduler, { get, set }: ViewHost): ViewActions {
  return {
    select(stepIds, edgeIds = []) {
      set({ selectedStepIds: stepIds, selectedEdgeIds: edgeIds });
    },

    inspect(stepId) {
      set({ inspectedStepId: stepId });
    },

    focusStep(stepId) {
      if (!get().stepsById[stepId]) return;
      set({ ...selectSteps([stepId], true), focusRequest: { stepId, at: scheduler.now() } });
    },

    copySelection() {
      const clipboard = copySteps(get().draft, new Set(get().selectedStepIds));
      if (clipboard) set({ clipboard });
    },

    showConflictDialog(show) {
      set({ dismissedConflict: show ? null : get().conflict });
    },

    announce(key, label) {
      set({ announcement: { key, at: scheduler.now(), ...(label === undefined ? {} : { label }) } });
    },

    testCall(stepId) {
      set(stepId === null ? { simulatorStepId: null, simulatorPath: null } : { simulatorStepId: stepId });
    },

    showSimulatorPath(path) {
      set({ simulatorPath: path });
    },
  };
}
