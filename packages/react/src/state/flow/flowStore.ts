import {
  type CallFlow,
  createStep,
  type DesignerAdapter,
  DesignerError,
  type FlowGraph,
  type GraphIssue,
  isDesignerError,
  type Job,
  type Step,
  type StepKind,
  validateGraph,
} from '@sona-designer/core';
import { triggerOverlaps } from '@sona-designer/core/routing';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WorkspaceStore } from '../workspace/workspaceStore';
import * as ops from './graphOps';
import { type HistoryEntry, pushHistory } from './history';

/** `saved`: the server has the draft; `pending`: edits wait for the debounce; `error`: retry; `conflict`: someone else wrote. */

/** Past this many steps, validation runs just after edits rather than on each one. */
const DEFERRED_VALIDATION_STEPS = 300;
const DEFERRED_VALIDATION_MS = 150;
export type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

export interface FlowState {
  flowId: string;
  readOnly: boolean;
  loadState: 'loading' | 'ready' | 'error';
  loadError: DesignerError | null;
  /** The server's copy as last loaded or saved: its `version` is what the next write expects. */
  flow: CallFlow | null;
  /** The working draft. */
  draft: FlowGraph;
  /** Steps by id, with stable identities for unchanged steps (so each node re-renders only when its step changes). */
  stepsById: Record<string, Step>;
  stepIds: string[];
  past: HistoryEntry[];
  future: HistoryEntry[];
  selectedStepIds: string[];
  selectedEdgeIds: string[];
  /** The step whose settings the inspector shows. */
  inspectedStepId: string | null;
  saveState: SaveState;
  saveError: DesignerError | null;
  /** CONFLICT: the flow as someone else saved it. */
  conflict: CallFlow | null;
  /** The conflict whose dialog was closed without a choice (it stays shown in the save status to reopen). */
  dismissedConflict: CallFlow | null;
  issues: GraphIssue[];
  /** Issues per step, with stable arrays for steps whose issues did not change. */
  issuesByStep: Record<string, GraphIssue[]>;
  publishState: 'idle' | 'publishing' | 'error';
  publishError: DesignerError | null;
  clipboard: ops.Clipboard | null;
  /** Asks the canvas to bring a step into view and focus it (e.g. from a link in the list of problems). */
  focusRequest: { stepId: string; at: number } | null;
  /** The last thing to announce to screen readers; the UI words it from the catalogue. */
  announcement: Announcement | null;
  /** The Sona step the simulated-call drawer tests, or null while the drawer is closed. */
  simulatorStepId: string | null;
}

export interface Announcement {
  key: 'undid' | 'redid' | 'remoteUpdated';
  label?: string;
  at: number;
}

export interface ChangeOptions {
  /** Edits with the same key in quick succession merge into one undo step. */
  coalesceKey?: string;
}

export interface FlowActions {
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
  copySelection(): void;
  paste(label: string): void;
  select(stepIds: string[], edgeIds?: string[]): void;
  inspect(stepId: string | null): void;
  /** Selects a step, opens it in the inspector and asks the canvas to show and focus it. */
  focusStep(stepId: string): void;
  undo(): string | null;
  redo(): string | null;
  /** Saves now if there are unsaved edits (the provider calls it after a short pause). */
  save(): Promise<void>;
  resolveConflict(choice: 'theirs' | 'mine', label: string): void;
  /** Hides (false) or reopens (true) the conflict dialog; the conflict itself stays until resolved. */
  showConflictDialog(show: boolean): void;
  /** Saves pending edits, then publishes. Resolves true when published. */
  publish(): Promise<boolean>;
  /** Copies a published revision into the draft (undoable), to publish again when ready. */
  restoreRevision(revision: number, label: string): void;
  /** A change stored elsewhere: adopt it when there are no local edits, otherwise the next save reports the conflict. */
  refreshFromServer(): Promise<void>;
  announce(key: Announcement['key'], label?: string): void;
  /** Validates the draft again (jobs were edited, loaded or deleted elsewhere). */
  revalidate(): void;
  /** Opens the simulated-call drawer on a Sona step (or switches its step); null closes it. */
  testCall(stepId: string | null): void;
}

export type FlowStoreState = FlowState & FlowActions;
export type FlowStore = StoreApi<FlowStoreState>;

const EMPTY_GRAPH: FlowGraph = { steps: [], edges: [] };

function sameIssues(a: GraphIssue[] | undefined, b: GraphIssue[]): boolean {
  return (
    a !== undefined &&
    a.length === b.length &&
    a.every((issue, index) => issue.code === b[index]?.code && issue.message === b[index]?.message)
  );
}

export interface FlowStoreOptions {
  flowId: string;
  adapter: DesignerAdapter;
  workspace: WorkspaceStore;
  readOnly?: boolean;
  now?: () => number;
}

/** One store per designed call flow: the draft, its history, selection, saving and publishing. */
export function createFlowStore({
  flowId,
  adapter,
  workspace,
  readOnly = false,
  now = Date.now,
}: FlowStoreOptions): FlowStore {
  let dragStart: FlowGraph | null = null;
  let saving: Promise<void> | null = null;
  /** The last validation and what it was computed from (the provider and the store may both ask after one load). */
  let lastValidation: {
    inputs: readonly unknown[];
    result: Pick<FlowState, 'issues' | 'issuesByStep'>;
  } | null = null;

  return createStore<FlowStoreState>()((set, get) => {
    /** Derived state of a new draft: step index with stable identities, and issues. */
    function derive(draft: FlowGraph, withIssues = true): Partial<FlowState> {
      const stepsById: Record<string, Step> = {};
      for (const step of draft.steps) stepsById[step.id] = step;
      const result: Partial<FlowState> = {
        draft,
        stepsById,
        stepIds: sameIds(get()?.stepIds, draft.steps) ? get().stepIds : draft.steps.map((step) => step.id),
      };
      if (!withIssues) return result;
      // A large flow takes tens of milliseconds to validate: typing in its inspector must not wait for it, so its
      // issues follow a moment after the last edit (publishing validates again on the server side anyway).
      if (draft.steps.length > DEFERRED_VALIDATION_STEPS && get()?.loadState === 'ready')
        scheduleValidation();
      else Object.assign(result, computeIssues(draft));
      return result;
    }

    let validationTimer: ReturnType<typeof setTimeout> | undefined;
    function scheduleValidation(): void {
      clearTimeout(validationTimer);
      validationTimer = setTimeout(() => {
        validationTimer = undefined;
        if (get().loadState === 'ready') set(computeIssues(get().draft));
      }, DEFERRED_VALIDATION_MS);
    }

    function computeIssues(draft: FlowGraph): Pick<FlowState, 'issues' | 'issuesByStep'> {
      const { missingJobs, missingKnowledge, jobs: loadedJobs } = workspace.getState();
      // Validating a large flow takes a while: the same draft against the same jobs has the same issues.
      const inputs = [draft, loadedJobs, missingJobs, missingKnowledge];
      if (lastValidation?.inputs.every((input, index) => input === inputs[index]))
        return lastValidation.result;
      const referencedJobs = new Set<string>();
      const referencedKnowledge = new Set<string>();
      for (const step of draft.steps) {
        if (step.kind !== 'sona') continue;
        for (const id of step.jobIds) if (!missingJobs[id]) referencedJobs.add(id);
        for (const id of step.knowledgeIds) if (!missingKnowledge[id]) referencedKnowledge.add(id);
      }
      // Once the attached jobs are loaded, their texts let validation spot triggers too alike to tell apart.
      const jobTexts = [...referencedJobs].map((id) => loadedJobs[id]);
      const jobs = jobTexts.every((job) => job !== undefined) ? (jobTexts as Job[]) : referencedJobs;
      const issues = validateGraph(draft, { jobs, knowledge: referencedKnowledge, triggerOverlaps });
      const previous = get()?.issuesByStep ?? {};
      const grouped: Record<string, GraphIssue[]> = {};
      for (const issue of issues) {
        if (!issue.stepId) continue;
        const list = grouped[issue.stepId] ?? [];
        list.push(issue);
        grouped[issue.stepId] = list;
      }
      const issuesByStep: Record<string, GraphIssue[]> = {};
      for (const [stepId, list] of Object.entries(grouped)) {
        const old = previous[stepId];
        issuesByStep[stepId] = old && sameIssues(old, list) ? old : list;
      }
      const result = { issues, issuesByStep };
      lastValidation = { inputs, result };
      return result;
    }

    function adopt(flow: CallFlow, extra: Partial<FlowState> = {}): void {
      set({ ...derive(flow.draft), flow, ...extra });
      void ensureReferenced(flow.draft);
    }

    async function ensureReferenced(graph: FlowGraph): Promise<void> {
      const jobIds = graph.steps.flatMap((step) => (step.kind === 'sona' ? step.jobIds : []));
      const knowledgeIds = graph.steps.flatMap((step) => (step.kind === 'sona' ? step.knowledgeIds : []));
      const before = workspace.getState();
      await Promise.all([
        workspace.getState().ensureJobs(jobIds),
        workspace.getState().ensureKnowledge(knowledgeIds),
      ]);
      const after = workspace.getState();
      // Ids found missing change the unknown-job issues.
      if (
        after.missingJobs !== before.missingJobs ||
        after.missingKnowledge !== before.missingKnowledge ||
        after.jobs !== before.jobs
      ) {
        set(computeIssues(get().draft));
      }
    }

    function editable(): boolean {
      const state = get();
      return !state.readOnly && state.loadState === 'ready';
    }

    return {
      flowId,
      readOnly,
      loadState: 'loading',
      loadError: null,
      flow: null,
      draft: EMPTY_GRAPH,
      stepsById: {},
      stepIds: [],
      past: [],
      future: [],
      selectedStepIds: [],
      selectedEdgeIds: [],
      inspectedStepId: null,
      saveState: 'saved',
      saveError: null,
      conflict: null,
      dismissedConflict: null,
      issues: [],
      issuesByStep: {},
      publishState: 'idle',
      publishError: null,
      clipboard: null,
      focusRequest: null,
      announcement: null,
      simulatorStepId: null,

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
        if (!editable()) return;
        const { draft, past } = get();
        const next = update(draft);
        if (next === draft) return;
        const entry: HistoryEntry = {
          graph: draft,
          label,
          at: now(),
          ...(options.coalesceKey ? { coalesceKey: options.coalesceKey } : {}),
        };
        set({
          ...derive(next),
          past: pushHistory(past, entry),
          future: [],
          saveState: get().saveState === 'conflict' ? 'conflict' : 'pending',
        });
        void ensureReferenced(next);
      },

      addStep(kind, { title, position, label }) {
        if (!editable()) return null;
        const { draft } = get();
        const id = ops.freshId(draft, kind);
        const step = createStep(kind, id, position ?? nextFreePosition(draft), title);
        get().change(label, (graph) => ({ ...graph, steps: [...graph.steps, step] }));
        set({ selectedStepIds: [id], selectedEdgeIds: [], inspectedStepId: id });
        return id;
      },

      updateStep(stepId, patch, label) {
        get().change(label, (graph) => ops.updateStep(graph, stepId, patch), {
          coalesceKey: `edit:${stepId}`,
        });
      },

      connect(source, output, target, label) {
        get().change(label, (graph) => ops.connect(graph, source, output, target));
      },

      disconnect(edgeId, label) {
        get().change(label, (graph) => ops.removeEdges(graph, new Set([edgeId])));
      },

      deleteSelection(label) {
        const { selectedStepIds, selectedEdgeIds, inspectedStepId } = get();
        if (selectedStepIds.length === 0 && selectedEdgeIds.length === 0) return;
        get().change(label, (graph) =>
          ops.removeSteps(ops.removeEdges(graph, new Set(selectedEdgeIds)), new Set(selectedStepIds)),
        );
        const remaining = get().stepsById;
        set({
          selectedStepIds: selectedStepIds.filter((id) => remaining[id]),
          selectedEdgeIds: [],
          inspectedStepId: inspectedStepId && remaining[inspectedStepId] ? inspectedStepId : null,
        });
      },

      moveSteps(positions, phase, label) {
        if (!editable()) return;
        const { draft, past } = get();
        if (phase === 'drag') {
          dragStart ??= draft;
          const next = ops.setPositions(draft, positions);
          // Positions never change issues: skip validation on the pointer-move path.
          if (next !== draft) set({ ...derive(next, false) });
          return;
        }
        const before = dragStart ?? draft;
        dragStart = null;
        const next = ops.setPositions(get().draft, positions);
        if (next === before) return;
        set({
          ...derive(next, false),
          past: pushHistory(past, { graph: before, label, at: now() }),
          future: [],
          saveState: get().saveState === 'conflict' ? 'conflict' : 'pending',
        });
      },

      duplicateSelection(label) {
        const clipboard = ops.copySteps(get().draft, new Set(get().selectedStepIds));
        if (!clipboard) return;
        let ids: string[] = [];
        get().change(label, (graph) => {
          const pasted = ops.pasteSteps(graph, clipboard);
          ids = pasted.ids;
          return pasted.graph;
        });
        if (ids.length > 0)
          set({
            selectedStepIds: ids,
            selectedEdgeIds: [],
            inspectedStepId: ids.length === 1 ? (ids[0] ?? null) : null,
          });
      },

      copySelection() {
        const clipboard = ops.copySteps(get().draft, new Set(get().selectedStepIds));
        if (clipboard) set({ clipboard });
      },

      paste(label) {
        const { clipboard } = get();
        if (!clipboard) return;
        let ids: string[] = [];
        get().change(label, (graph) => {
          const pasted = ops.pasteSteps(graph, clipboard);
          ids = pasted.ids;
          return pasted.graph;
        });
        if (ids.length > 0) set({ selectedStepIds: ids, selectedEdgeIds: [] });
      },

      select(stepIds, edgeIds = []) {
        set({ selectedStepIds: stepIds, selectedEdgeIds: edgeIds });
      },

      inspect(stepId) {
        set({ inspectedStepId: stepId });
      },

      focusStep(stepId) {
        if (!get().stepsById[stepId]) return;
        set({
          selectedStepIds: [stepId],
          selectedEdgeIds: [],
          inspectedStepId: stepId,
          focusRequest: { stepId, at: now() },
        });
      },

      undo() {
        if (!editable()) return null;
        const { past, future, draft } = get();
        const entry = past[past.length - 1];
        if (!entry) return null;
        set({
          ...derive(entry.graph),
          past: past.slice(0, -1),
          future: [...future, { graph: draft, label: entry.label, at: now() }],
          saveState: get().saveState === 'conflict' ? 'conflict' : 'pending',
        });
        void ensureReferenced(entry.graph);
        get().announce('undid', entry.label);
        return entry.label;
      },

      redo() {
        if (!editable()) return null;
        const { past, future, draft } = get();
        const entry = future[future.length - 1];
        if (!entry) return null;
        set({
          ...derive(entry.graph),
          future: future.slice(0, -1),
          past: [...past, { graph: draft, label: entry.label, at: now() }],
          saveState: get().saveState === 'conflict' ? 'conflict' : 'pending',
        });
        void ensureReferenced(entry.graph);
        get().announce('redid', entry.label);
        return entry.label;
      },

      async save() {
        if (saving) return saving;
        const run = async () => {
          const state = get();
          if (!state.flow || state.readOnly || (state.saveState !== 'pending' && state.saveState !== 'error'))
            return;
          const sent = state.draft;
          set({ saveState: 'saving', saveError: null });
          try {
            const flow = await adapter.saveDraft(flowId, sent, state.flow.version);
            // Edits made while saving stay pending for the next save.
            set({ flow, saveState: get().draft === sent ? 'saved' : 'pending' });
          } catch (error) {
            if (isDesignerError(error, 'CONFLICT')) {
              set({ saveState: 'conflict', conflict: error.current as CallFlow, saveError: error });
            } else {
              set({ saveState: 'error', saveError: toDesignerError(error) });
            }
          }
        };
        saving = run().finally(() => {
          saving = null;
        });
        return saving;
      },

      resolveConflict(choice, label) {
        const { conflict, past, draft } = get();
        if (!conflict) return;
        if (choice === 'theirs') {
          // Their draft becomes ours; ours stays one Undo away, so nothing typed is lost.
          set({
            ...derive(conflict.draft),
            flow: conflict,
            conflict: null,
            saveError: null,
            saveState: 'saved',
            past: pushHistory(past, { graph: draft, label, at: now() }),
            future: [],
          });
          void ensureReferenced(conflict.draft);
        } else {
          // Overwrite knowingly: save ours against their version.
          set({ flow: conflict, conflict: null, saveError: null, saveState: 'pending' });
          void get().save();
        }
      },

      showConflictDialog(show) {
        set({ dismissedConflict: show ? null : get().conflict });
      },

      async publish() {
        if (!editable() || get().publishState === 'publishing') return false;
        set({ publishState: 'publishing', publishError: null });
        try {
          await get().save();
          const state = get();
          if (state.saveState !== 'saved' || !state.flow) {
            set({
              publishState: 'error',
              publishError:
                state.saveError ?? new DesignerError('UNAVAILABLE', 'Save the draft before publishing.'),
            });
            return false;
          }
          const flow = await adapter.publishCallFlow(flowId, state.flow.version);
          set({ flow, publishState: 'idle' });
          return true;
        } catch (error) {
          set({ publishState: 'error', publishError: toDesignerError(error) });
          if (isDesignerError(error, 'CONFLICT'))
            set({ saveState: 'conflict', conflict: error.current as CallFlow });
          return false;
        }
      },

      restoreRevision(revision, label) {
        const found = get().flow?.revisions.find((candidate) => candidate.revision === revision);
        if (!found) return;
        get().change(label, () => structuredClone(found.graph));
      },

      async refreshFromServer() {
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
          // No local edits: take theirs. History is cleared, since undoing would silently revert their work.
          adopt(remote, { past: [], future: [] });
          get().announce('remoteUpdated');
        }
        // With local edits, the next save meets CONFLICT and the person chooses.
      },

      revalidate() {
        if (get().loadState === 'ready') set(computeIssues(get().draft));
      },

      testCall(stepId) {
        set({ simulatorStepId: stepId });
      },

      announce(key, label) {
        set({ announcement: { key, at: now(), ...(label === undefined ? {} : { label }) } });
      },
    };
  });
}

function sameIds(ids: string[] | undefined, steps: Step[]): boolean {
  return (
    ids !== undefined && ids.length === steps.length && steps.every((step, index) => ids[index] === step.id)
  );
}

function nextFreePosition(graph: FlowGraph): { x: number; y: number } {
  if (graph.steps.length === 0) return { x: 0, y: 0 };
  const bottom = Math.max(...graph.steps.map((step) => step.position.y));
  const left = Math.min(...graph.steps.map((step) => step.position.x));
  return { x: left, y: bottom + 160 };
}

export function toDesignerError(error: unknown): DesignerError {
  if (isDesignerError(error)) return error;
  return new DesignerError(
    'UNAVAILABLE',
    error instanceof Error ? error.message : 'Something went wrong: try again.',
  );
}
