// The simulator's parts loaded on demand, each from the lazy file beside it.
export { LazyBatchPanel } from './batch/lazy';
export { LazySimulatorDrawer } from './drawer/lazy';
export { LazySandboxPanel } from './sandbox/lazy';
