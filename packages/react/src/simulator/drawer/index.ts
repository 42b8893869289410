export { SimulatorDrawer, type SimulatorDrawerProps } from './SimulatorDrawer';
export { TestCallButton, type TestCallButtonProps } from './TestCallButton';
