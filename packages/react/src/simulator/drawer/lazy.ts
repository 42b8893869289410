import { useFlow } from '../../state';
import { lazyDialog } from '../../ui';
import type { SimulatorDrawerProps } from './SimulatorDrawer';

// Opened from the flow store rather than an `open` prop: mounted once a Test call asks for it.
const useSimulatorOpen = (_props: SimulatorDrawerProps) => useFlow((state) => state.simulatorStepId !== null);

/** The simulator drawer, loaded the first time a test call starts. */
export const LazySimulatorDrawer = /* @__PURE__ */ lazyDialog(
  () => import('./SimulatorDrawer').then((module) => module.SimulatorDrawer),
  useSimulatorOpen,
);
