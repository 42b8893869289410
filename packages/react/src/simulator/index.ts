export { BatchCoverage, type BatchCoverageProps } from './batch/BatchCoverage';
export { MAX_BATCH_SENTENCES, parseSentences } from './batch/batchRun';
export type { SimulatorDrawerProps } from './drawer/SimulatorDrawer';
export { TestCallButton, type TestCallButtonProps } from './drawer/TestCallButton';
export type { JobRoutingSandboxProps } from './sandbox/JobRoutingSandbox';
export { JobRoutingSandbox } from './sandbox/JobRoutingSandbox';
