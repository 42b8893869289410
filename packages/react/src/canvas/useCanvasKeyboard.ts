import { type KeyboardEvent, type RefObject, useCallback } from 'react';
import type { Messages } from '../i18n';
import { useFlowStoreApi } from '../state';

/** How far an arrow key moves the selected steps. */
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

/**
 * The canvas's shortcuts, on its wrapper (never on window, so two designers on a page do not fight). Runs in the
 * capture phase so React Flow's own node shortcuts (which move by 5 px and delete without our history labels)
 * do not run as well.
 */
export function useCanvasKeyboard(messages: Messages, wrapper: RefObject<HTMLElement | null>) {
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

      const arrow = ARROWS[key];
      if (arrow) {
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
        const id = focusedNodeId(event.target);
        // React Flow selects the node on Enter as well; we also open it in the inspector.
        if (id) state.inspect(id);
        return;
      }
      if (key === 'Escape') {
        if (state.selectedStepIds.length === 0 && state.selectedEdgeIds.length === 0) return;
        // React Flow would select the focused node again when its copy of the selection lags behind ours.
        handled();
        state.select([], []);
      }
    },
    [store, messages, wrapper],
  );
}
