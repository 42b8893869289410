import { lazy, Suspense, useState } from 'react';
import { useFlow } from '../../flow/FlowContext';

// The drawer and the local engine load on the first Test call, so opening a flow does not pay for them.
const SimulatorDrawer = lazy(() =>
  import('../../SimulatorDrawer/SimulatorDrawer').then((module) => ({ default: module.SimulatorDrawer })),
);

/** Mounts the simulator drawer once a Test call asks for it, then keeps it mounted (focus return, state). */
export function LazySimulatorDrawer() {
  const requested = useFlow((state) => state.simulatorStepId !== null);
  const [wanted, setWanted] = useState(false);
  if (requested && !wanted) setWanted(true);
  return wanted ? (
    <Suspense fallback={null}>
      <SimulatorDrawer />
    </Suspense>
  ) : null;
}
