import { createStep, type FlowGraph, type Step, type StepKind, stepOutputs } from '@sona-designer/core';
import { freshId, insertStep } from '@sona-designer/core/edits';
import { formatMessage, type Messages } from '../i18n';
import type { FlowStore } from '../state';
import { estimateStepHeight, stepNodeWidth } from './nodeSize';

const GAP_X = 40;
const GAP_Y = 80;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function boxOf(step: Step): Box {
  return { ...step.position, width: stepNodeWidth(step), height: estimateStepHeight(step) };
}

function overlaps(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width + GAP_X / 2 &&
    b.x < a.x + a.width + GAP_X / 2 &&
    a.y < b.y + b.height + GAP_Y / 2 &&
    b.y < a.y + a.height + GAP_Y / 2
  );
}

/** The nearest spot to `wanted` (trying right, then left, then lower) where a new node hides no other. */
export function freePosition(graph: FlowGraph, wanted: Box): { x: number; y: number } {
  const boxes = graph.steps.map(boxOf);
  const step = wanted.width + GAP_X;
  for (let row = 0; row < 20; row++) {
    for (let column = 0; column < 8; column++) {
      for (const side of column === 0 ? [0] : [1, -1]) {
        const candidate = { ...wanted, x: wanted.x + side * column * step, y: wanted.y + row * GAP_Y };
        if (!boxes.some((box) => overlaps(box, candidate))) return { x: candidate.x, y: candidate.y };
      }
    }
  }
  return { x: wanted.x, y: wanted.y };
}

/** The step a keyboard user is working from: the one open in the inspector, else the first selected. */
function anchorStep(store: FlowStore): Step | undefined {
  const { inspectedStepId, selectedStepIds, stepsById } = store.getState();
  const id =
    inspectedStepId && selectedStepIds.includes(inspectedStepId) ? inspectedStepId : selectedStepIds[0];
  return id ? stepsById[id] : undefined;
}

/**
 * Adds a step below the selected one, connected from its first output that leads nowhere yet, as one undo step;
 * with nothing selected, below the lowest step. Then the new step is selected, inspected and focused.
 */
export function addStepBelowSelection(store: FlowStore, messages: Messages, kind: StepKind): string | null {
  const state = store.getState();
  if (state.readOnly || state.loadState !== 'ready') return null;
  const { draft } = state;
  const anchor = anchorStep(store);
  const probe = createStep(kind, 'probe');
  const width = stepNodeWidth(probe);
  let wanted: Box;
  let output: string | undefined;
  if (anchor) {
    const outputs = stepOutputs(anchor);
    const connected = new Set(
      draft.edges.filter((edge) => edge.source === anchor.id).map((edge) => edge.output),
    );
    const index = outputs.findIndex((candidate) => !connected.has(candidate.id));
    output = index >= 0 ? outputs[index]?.id : undefined;
    // Under the output it comes from: the second of two outputs puts the step to the right.
    const shift = index >= 0 && outputs.length > 1 ? (index - (outputs.length - 1) / 2) * (width + GAP_X) : 0;
    wanted = {
      x: anchor.position.x + (stepNodeWidth(anchor) - width) / 2 + shift,
      y: anchor.position.y + estimateStepHeight(anchor) + GAP_Y,
      width,
      height: estimateStepHeight(probe),
    };
  } else if (draft.steps.length > 0) {
    const lowest = draft.steps.reduce((low, step) =>
      step.position.y + estimateStepHeight(step) > low.position.y + estimateStepHeight(low) ? step : low,
    );
    wanted = {
      x: lowest.position.x,
      y: lowest.position.y + estimateStepHeight(lowest) + GAP_Y,
      width,
      height: estimateStepHeight(probe),
    };
  } else {
    wanted = { x: 0, y: 0, width, height: estimateStepHeight(probe) };
  }
  return insert(
    store,
    messages,
    kind,
    freePosition(draft, wanted),
    anchor && output ? { source: anchor.id, output } : null,
  );
}

/** Adds a step where it was dropped (top-left corner in flow coordinates), then selects and focuses it. */
export function addStepAt(
  store: FlowStore,
  messages: Messages,
  kind: StepKind,
  position: { x: number; y: number },
): string | null {
  const state = store.getState();
  if (state.readOnly || state.loadState !== 'ready') return null;
  return insert(store, messages, kind, position, null);
}

function insert(
  store: FlowStore,
  messages: Messages,
  kind: StepKind,
  position: { x: number; y: number },
  from: { source: string; output: string } | null,
): string | null {
  const title = messages.stepKinds.defaultTitle[kind];
  const id = freshId(store.getState().draft, kind);
  const step = createStep(kind, id, { x: Math.round(position.x), y: Math.round(position.y) }, title);
  store
    .getState()
    .change(formatMessage(messages.designer.historyLabels.addStep, { title }), (graph) =>
      insertStep(graph, step, from),
    );
  if (!store.getState().stepsById[id]) return null;
  store.getState().focusStep(id);
  return id;
}
