import type { FlowStoreState } from '../../state';
import { useFlow, useFlowStoreApi, useMessages } from '../../state';
import { withClassName } from '../../ui';
import { SimulatorIcon } from './internal/icons';

/** Props of `TestCallButton`. */
export interface TestCallButtonProps {
  /** The Sona step to test; without it, the selected (or inspected) Sona step, else the first one of the flow. */
  stepId?: string;
  /** Added to the button, e.g. to place it in your own toolbar. */
  className?: string;
  /** Only the icon, for tight places such as a node's header (the name stays "Test call"). */
  compact?: boolean;
}

function isSona(state: FlowStoreState, id: string | null | undefined): id is string {
  return Boolean(id && state.stepsById[id]?.kind === 'sona');
}

/** Picks the step to test when none is given: what the user is looking at, else the first Sona step. */
export function sonaStepToTest(state: FlowStoreState): string | null {
  const looked = [...state.selectedStepIds, state.inspectedStepId].find((id) => isSona(state, id));
  return looked ?? state.stepIds.find((id) => isSona(state, id)) ?? null;
}

/** "Test call": opens the simulated-call drawer on a Sona step. Needs a `SimulatorDrawer` in the same flow. */
export function TestCallButton({ stepId, className, compact = false }: TestCallButtonProps) {
  const text = useMessages().designer;
  const store = useFlowStoreApi();
  // Only the publish bar's button (no step given) needs to know whether the flow has a Sona step at all.
  const available = useFlow((state) =>
    stepId === undefined ? state.stepIds.some((id) => isSona(state, id)) : true,
  );
  return (
    <button
      type="button"
      className={withClassName('sona-button sona-test-call', className)}
      disabled={!available}
      {...(compact ? { 'aria-label': text.testCall, title: text.testCall } : {})}
      onClick={() => {
        const state = store.getState();
        const target = stepId ?? sonaStepToTest(state);
        if (target) state.testCall(target);
      }}
    >
      <SimulatorIcon name="phone" />
      {compact ? null : <span>{text.testCall}</span>}
    </button>
  );
}
