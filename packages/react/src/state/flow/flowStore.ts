import {
  type CallFlow,
  createStep,
  type DesignerAdapter,
  type DesignerError,
  type FlowGraph,
  type Step,
  type StepKind,
} from '@sona-designer/core';
import {
  type CopiedSteps,
  connect,
  copySteps,
  freshId,
  insertStep,
  nextStepPosition,
  pasteSteps,
  removeEdges,
  removeSteps,
  setPositions,
  updateStep,
} from '@sona-designer/core/edits';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WorkspaceStore } from '../workspace/workspaceStore';
import { isEditable, type LoadState } from './editable';
import {
  documentOf,
  EMPTY_HISTORY,
  type HistoryDirection,
  type HistoryState,
  record,
  travel,
} from './history';
import {
  afterEdit,
  createPersistence,
  INITIAL_PERSISTENCE,
  type PersistenceActions,
  type PersistenceState,
  takeTheirs,
} from './persistence';
import { realScheduler, type Scheduler } from './scheduler';
import { toDesignerError } from './toDesignerError';
import { createValidation, type ValidationState } from './validation';
import {
  afterRemoval,
  createViewActions,
  INITIAL_VIEW,
  selectSteps,
  type ViewActions,
  type ViewState,
} from './view';

/**
 * Everything a designer component can read about the flow being designed: the draft and its history, saving and
 * publishing, issues, and what the person has selected.
 *
 * Part of the advanced, less stable surface (see `useFlow`): it may change in a minor release.
 *
 * @advanced
 */
export interface FlowState extends HistoryState, PersistenceState, ValidationState, ViewState {
  flowId: string;
  readOnly: boolean;
  loadState: LoadState;
  loadError: DesignerError | null;
}

/** Options of one edit of the draft. */
export interface ChangeOptions {
  /** Edits with the same key in quick succession merge into one undo step. */
  coalesceKey?: string;
}

/**
 * What designer components can do to the flow being designed: every edit goes through these actions, which record
 * undo history and schedule the save.
 *
 * Part of the advanced, less stable surface (see `useFlow`): it may change in a minor release.
 *
 * @advanced
 */
export interface FlowActions extends PersistenceActions, ViewActions {
  load(): Promise<void>;
  /** Every edit of the draft goes through here: it records undo history and schedules a save. */
  change(label: string, update: (graph: FlowGraph) => FlowGraph, options?: ChangeOptions): void;
  addStep(
    kind: StepKind,
    options: { title: string; position?: { x: number; y: number }; label: string },
  ): string | null;
  updateStep(stepId: string, patch: Partial<Step>, label: string): void;
  connect(source: string, output: string, target: string, label: string): void;
  disconnect(edgeId: string, label: string): void;
  deleteSelection(label: string): void;
  /** Positions while dragging change the draft without history; `end` records one undo step for the whole drag. */
  moveSteps(positions: Record<string, { x: number; y: number }>, phase: 'drag' | 'end', label: string): void;
  duplicateSelection(label: string): void;
  paste(label: string): void;
  undo(): string | null;
  redo(): string | null;
  resolveConflict(choice: 'theirs' | 'mine', label: string): void;
  /** Copies a published revision into the draft (undoable), to publish again when ready. */
  restoreRevision(revision: number, label: string): void;
  /**
   * A change stored elsewhere: adopt it when there are no local edits (the draft it replaced stays one Undo away,
   * labelled `label`), otherwise the next save reports the conflict.
   */
  refreshFromServer(label: string): Promise<void>;
  /** Validates the draft again (jobs were edited, loaded or deleted elsewhere). */
  revalidate(): void;
}

/**
 * The flow store's state and actions, as `useFlow` selectors receive them.
 *
 * Part of the advanced, less stable surface (see `useFlow`): it may change in a minor release.
 *
 * @advanced
 */
export type FlowStoreState = FlowState & FlowActions;
/**
 * The store of one designed call flow (a zustand store, from `useFlowStoreApi()`), for reading outside render and
 * for actions.
 *
 * Part of the advanced, less stable surface (see `useFlow`): it may change in a minor release.
 *
 * @advanced
 */
export type FlowStore = StoreApi<FlowStoreState>;

/** What a flow store is created with (the `FlowProvider` passes them). */
export interface FlowStoreOptions {
  flowId: string;
  adapter: DesignerAdapter;
  workspace: WorkspaceStore;
  readOnly?: boolean;
  /** The clock and timers; tests pass a fake one to drive the save debounce and deferred validation. */
  scheduler?: Scheduler;
  /** Pause after the last edit before the draft is saved. */
  saveDelayMs?: number;
}

/**
 * One store per designed call flow, composed of its parts: the draft and its history (`history`), saving and
 * publishing with the save debounce (`persistence`), issues (`validation`) and what the person looks at (`view`).
 * All of its timers run on `scheduler`.
 */
export function createFlowStore({
  flowId,
  adapter,
  workspace,
  readOnly = false,
  scheduler = realScheduler,
  saveDelayMs = 800,
}: FlowStoreOptions): FlowStore {
  /** The draft when the current drag started: the whole drag is one undo step. */
  let dragStart: FlowGraph | null = null;

  return createStore<FlowStoreState>()((set, get, api) => {
    const validation = createValidation(workspace, scheduler, { get, set });
    const persistence = createPersistence(
      { flowId, adapter, scheduler, saveDelayMs },
      { get, set, subscribe: api.subscribe },
    );
    const now = () => scheduler.now();

    /** A new draft with its indexes and (unless only positions changed) its issues. */
    function derive(draft: FlowGraph, withIssues = true): Partial<FlowState> {
      return { ...documentOf(draft, get().stepIds), ...(withIssues ? validation.afterEdit(draft) : {}) };
    }

    /** Takes the server's flow as it is (after a load, or a change made elsewhere). */
    function adopt(flow: CallFlow, extra: Partial<FlowState> = {}): void {
      set({ ...derive(flow.draft), flow, ...extra });
      void validation.loadReferenced(flow.draft);
    }

    /** Undo and redo: one move through the history, either way; returns the label of the edit crossed. */
    function move(direction: HistoryDirection): string | null {
      if (!isEditable(get())) return null;
      const moved = travel(get(), direction, now());
      if (!moved) return null;
      const { draft, past, future, label, othersVersion } = moved;
      const { flow } = get();
      if (othersVersion !== undefined && flow && direction === 'undo') {
        // Back to our draft over a version someone else saved: it is not saved by itself. The conflict view asks
        // whether to keep ours (overwriting theirs, knowingly) or theirs (Redo does the same).
        set({ ...derive(draft), past, future, saveState: 'conflict', conflict: flow, saveError: null });
      } else if (othersVersion !== undefined && flow && draft === flow.draft) {
        set({ ...derive(draft), past, future, saveState: 'saved', conflict: null, saveError: null });
      } else {
        set({ ...derive(draft), past, future, saveState: afterEdit(get().saveState) });
      }
      void validation.loadReferenced(draft);
      get().announce(direction === 'undo' ? 'undid' : 'redid', label);
      return label;
    }

    /** Pastes copied steps as one edit and selects the copies. */
    function pasteCopies(label: string, copied: CopiedSteps, inspect: boolean): void {
      let ids: string[] = [];
      get().change(label, (graph) => {
        const pasted = pasteSteps(graph, copied);
        ids = pasted.ids;
        return pasted.graph;
      });
      if (ids.length > 0) set(selectSteps(ids, inspect));
    }

    return {
      flowId,
      readOnly,
      loadState: 'loading',
      loadError: null,
      ...EMPTY_HISTORY,
      ...INITIAL_PERSISTENCE,
      issues: [],
      issuesByStep: {},
      ...INITIAL_VIEW,
      ...createViewActions(scheduler, { get, set }),
      save: persistence.save,
      publish: persistence.publish,

      async load() {
        set({ loadState: 'loading', loadError: null });
        try {
          const flow = await adapter.getCallFlow(flowId);
          adopt(flow, { loadState: 'ready', past: [], future: [], saveState: 'saved' });
        } catch (error) {
          set({ loadState: 'error', loadError: toDesignerError(error) });
        }
      },

      change(label, update, options = {}) {
        if (!isEditable(get())) return;
        const { draft, past } = get();
        const next = update(draft);
        if (next === draft) return;
        const { coalesceKey } = options;
        set({
          ...derive(next),
          ...record(past, { graph: draft, label, at: now(), ...(coalesceKey ? { coalesceKey } : {}) }),
          saveState: afterEdit(get().saveState),
        });
        void validation.loadReferenced(next);
      },

      addStep(kind, { title, position, label }) {
        if (!isEditable(get())) return null;
        const { draft } = get();
        const id = freshId(draft, kind);
        const step = createStep(kind, id, position ?? nextStepPosition(draft), title);
        get().change(label, (graph) => insertStep(graph, step));
        set(selectSteps([id], true));
        return id;
      },

      updateStep(stepId, patch, label) {
        get().change(label, (graph) => updateStep(graph, stepId, patch), { coalesceKey: `edit:${stepId}` });
      },

      connect(source, output, target, label) {
        get().change(label, (graph) => connect(graph, source, output, target));
      },

      disconnect(edgeId, label) {
        get().change(label, (graph) => removeEdges(graph, new Set([edgeId])));
      },

      deleteSelection(label) {
        const view = get();
        if (view.selectedStepIds.length === 0 && view.selectedEdgeIds.length === 0) return;
        get().change(label, (graph) =>
          removeSteps(removeEdges(graph, new Set(view.selectedEdgeIds)), new Set(view.selectedStepIds)),
        );
        set(afterRemoval(view, get().stepsById));
      },

      moveSteps(positions, phase, label) {
        if (!isEditable(get())) return;
        const { draft, past } = get();
        if (phase === 'drag') {
          dragStart ??= draft;
          const next = setPositions(draft, positions);
          // Positions never change issues: skip validation on the pointer-move path.
          if (next !== draft) set(derive(next, false));
          return;
        }
        const before = dragStart ?? draft;
        dragStart = null;
        const next = setPositions(get().draft, positions);
        if (next === before) return;
        set({
          ...derive(next, false),
          ...record(past, { graph: before, label, at: now() }),
          saveState: afterEdit(get().saveState),
        });
      },

      duplicateSelection(label) {
        const copied = copySteps(get().draft, new Set(get().selectedStepIds));
        if (copied) pasteCopies(label, copied, true);
      },

      paste(label) {
        const { clipboard } = get();
        if (clipboard) pasteCopies(label, clipboard, false);
      },

      undo: () => move('undo'),
      redo: () => move('redo'),

      resolveConflict(choice, label) {
        const { conflict, past, draft } = get();
        if (!conflict) return;
        if (choice === 'mine') {
          persistence.keepMine();
          return;
        }
        // Their draft becomes ours; ours stays one Undo away, so nothing typed is lost.
        set({
          ...derive(conflict.draft),
          ...takeTheirs(conflict),
          ...record(past, { graph: draft, label, at: now(), othersVersion: conflict.version }),
        });
        void validation.loadReferenced(conflict.draft);
      },

      restoreRevision(revision, label) {
        const found = get().flow?.revisions.find((candidate) => candidate.revision === revision);
        if (!found) return;
        get().change(label, () => structuredClone(found.graph));
      },

      async refreshFromServer(label) {
        const state = get();
        if (state.loadState !== 'ready' || !state.flow) return;
        let remote: CallFlow;
        try {
          remote = await adapter.getCallFlow(flowId);
        } catch {
          return;
        }
        const current = get();
        if (!current.flow || remote.version <= current.flow.version) return;
        if (current.saveState === 'saved' && current.draft === state.draft) {
          // No local edits: take theirs. Ours stays one Undo away, guarded: undoing asks before it would overwrite
          // their work, so neither version is lost.
          adopt(remote, {
            ...record(current.past, {
              graph: current.draft,
              label,
              at: now(),
              othersVersion: remote.version,
            }),
          });
          get().announce('remoteUpdated');
        }
        // With local edits, the next save meets CONFLICT and the person chooses.
      },

      revalidate: validation.revalidate,
    };
  });
}
