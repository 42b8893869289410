import type { Step } from '@sona-designer/core';
import { useRef } from 'react';
import { useFlow } from '../state';

/** True when two versions of a step differ only by position (moving changes no setting). */
function sameSettings(a: Step, b: Step): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (key !== 'position' && a[key as keyof Step] !== b[key as keyof Step]) return false;
  }
  return true;
}

/**
 * The step open in the inspector. Dragging it on the canvas changes its position on every pointer move: that keeps
 * the previous object, so the panel does not re-render while a node is dragged.
 */
export function useInspectedStep(): Step | undefined {
  const last = useRef<Step | undefined>(undefined);
  return useFlow((state) => {
    const step = state.inspectedStepId ? state.stepsById[state.inspectedStepId] : undefined;
    const previous = last.current;
    if (step && previous && step !== previous && step.id === previous.id && sameSettings(step, previous)) {
      return previous;
    }
    last.current = step;
    return step;
  });
}
