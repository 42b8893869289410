import { type KeyboardEvent, type RefObject, useCallback } from 'react';
import type { Messages } from '../i18n';
import { useFlowStoreApi } from '../state';
import type { NavDirection } from './canvasNavigation';

/** What the canvas's keys do to keyboard focus (see `useRovingFocus`). */
export interface CanvasFocusKeys {
  /** Focuses the step in that direction from this one; false when there is none. */
  move(stepId: string, direction: NavDirection): boolean;
  focusStep(stepId: string): void;
  focusEdge(edgeId: string): void;
  /** The step's first connection out, if any. */
  firstEdge(stepId: string): string | null;
  /** The next or previous connection out of the same step. */
  siblingEdge(edgeId: string, offset: 1 | -1): string | null;
  /** The step the keys act on while the canvas itself (not a step) has focus. */
  currentStep(): string | null;
  /** Opens the list of keyboard shortcuts. */
  showShortcuts(): void;
}

/** The key that moves focus from a step to its connections out, and from a connection back to its step. */
export const CONNECTIONS_KEY = '.';

const DIRECTIONS: Record<string, NavDirection> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** How far Shift+arrow moves the selected steps. */
export const ARROW_STEP = 20;

const ARROWS: Record<string, { x: number; y: number }> = {
  ArrowUp: { x: 0, y: -ARROW_STEP },
  ArrowDown: { x: 0, y: ARROW_STEP },
  ArrowLeft: { x: -ARROW_STEP, y: 0 },
  ArrowRight: { x: ARROW_STEP, y: 0 },
};

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function focusedNodeId(target: EventTarget | null): string | null {
  if (!(target instanceof HTMLElement) || !target.classList.contains('react-flow__node')) return null;
  return target.dataset.id ?? null;
}

function focusedEdgeId(target: EventTarget | null): string | null {
  if (!(target instanceof SVGElement) || !target.classList.contains('react-flow__edge')) return null;
  return target.dataset.id ?? null;
}

/**
 * The canvas's shortcuts, on its wrapper (never on window, so two designers on a page do not fight). Runs in the
 * capture phase so React Flow's own node shortcuts (which move by 5 px and delete without our history labels)
 * do not run as well. Arrows move keyboard focus along the flow; Shift+arrows move the selected steps; `.` goes from
 * a step to its connections and back; `?` lists the shortcuts.
 */
export function useCanvasKeyboard(
  messages: Messages,
  wrapper: RefObject<HTMLElement | null>,
  focus?: CanvasFocusKeys,
) {
  const store = useFlowStoreApi();
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (isEditable(event.target)) return;
      const state = store.getState();
      const labels = messages.designer.historyLabels;
      const editable = !state.readOnly && state.loadState === 'ready';
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const handled = () => {
        event.preventDefault();
        event.stopPropagation();
      };

      if (!mod && (key === 'Delete' || key === 'Backspace')) {
        if (!editable) return;
        handled();
        state.deleteSelection(labels.deleteSelection);
        // The focused node may be gone: keep focus in the canvas so the next shortcut still works.
        requestAnimationFrame(() => {
          const root = wrapper.current;
          if (root && !root.contains(document.activeElement)) root.focus({ preventScroll: true });
        });
        return;
      }
      if (mod && !event.shiftKey && !event.altKey) {
        if (key === 'd') {
          handled();
          if (!editable) return;
          state.duplicateSelection(labels.duplicate);
          const [first, ...others] = store.getState().selectedStepIds;
          if (first && others.length === 0) store.getState().focusStep(first);
          return;
        }
        if (key === 'c') {
          if (state.selectedStepIds.length === 0) return;
          handled();
          state.copySelection();
          return;
        }
        if (key === 'v') {
          if (!editable || !state.clipboard) return;
          handled();
          state.paste(labels.paste);
          return;
        }
        if (key === 'a') {
          handled();
          state.select([...state.stepIds], []);
          return;
        }
        return;
      }
      if (mod || event.altKey) return;

      if (key === '?' && focus) {
        handled();
        focus.showShortcuts();
        return;
      }
      const nodeId =
        focusedNodeId(event.target) ??
        (focus && event.target === wrapper.current ? focus.currentStep() : null);
      const edgeId = focusedEdgeId(event.target);
      const direction = DIRECTIONS[key];
      // Shift+arrows move steps; `.` stays the connections key when a layout needs Shift to type it.
      if (focus && (nodeId || edgeId) && !(event.shiftKey && direction)) {
        if (nodeId && direction) {
          handled();
          focus.move(nodeId, direction);
          return;
        }
        if (nodeId && key === CONNECTIONS_KEY) {
          handled();
          const first = focus.firstEdge(nodeId);
          if (first) focus.focusEdge(first);
          return;
        }
        const edge = edgeId ? state.draft.edges.find((candidate) => candidate.id === edgeId) : undefined;
        if (edge && (key === CONNECTIONS_KEY || direction === 'previous')) {
          handled();
          focus.focusStep(edge.source);
          return;
        }
        if (edge && direction === 'next') {
          handled();
          focus.focusStep(edge.target);
          return;
        }
        if (edge && (direction === 'left' || direction === 'right')) {
          handled();
          const sibling = focus.siblingEdge(edge.id, direction === 'right' ? 1 : -1);
          if (sibling) focus.focusEdge(sibling);
          return;
        }
      }

      const arrow = ARROWS[key];
      // Without roving focus (or with Shift), arrows move the selected steps.
      if (arrow && (event.shiftKey || !focus)) {
        if (state.selectedStepIds.length === 0) return;
        handled();
        if (!editable) return;
        const positions: Record<string, { x: number; y: number }> = {};
        for (const id of state.selectedStepIds) {
          const step = state.stepsById[id];
          if (step) positions[id] = { x: step.position.x + arrow.x, y: step.position.y + arrow.y };
        }
        state.moveSteps(positions, 'end', labels.move);
        return;
      }
      if (key === 'Enter') {
        // React Flow selects the node on Enter as well; we also open it in the inspector.
        if (nodeId) state.inspect(nodeId);
        return;
      }
      if (key === 'Escape') {
        if (state.selectedStepIds.length === 0 && state.selectedEdgeIds.length === 0) return;
        // React Flow would select the focused node again when its copy of the selection lags behind ours.
        handled();
        state.select([], []);
      }
    },
    [store, messages, wrapper, focus],
  );
}
