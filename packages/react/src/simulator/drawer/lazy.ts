import { useFlow } from '../../state';
import { lazyDialog } from '../../ui';
import type { SimulatorDrawerProps } from './SimulatorDrawer';

// Opened from the flow store rather than an `open` prop: mounted once a Test call asks for it.
const useSimulatorOpen = (_props: SimulatorDrawerProps) => useFlow((state) => state.simulatorStepId !== null);

/**
 * The "Simulated call" drawer: the person plays the caller and Sona answers with a Sona step's jobs and
 * knowledge, on the draft or the published version, showing why after each answer; End call records the call
 * summary. It opens by itself when a `TestCallButton` asks for it: render one per flow, inside its
 * `FlowProvider` (`CallFlowDesigner` does).
 *
 * Its code downloads the first time a test call starts (or in an idle moment before);
 * `SimulatorDrawer.preload()` fetches it ahead.
 */
export const LazySimulatorDrawer = /* @__PURE__ */ lazyDialog(
  () => import('./SimulatorDrawer').then((module) => module.SimulatorDrawer),
  useSimulatorOpen,
);
