export { missingJobAdapter } from './missingJobAdapter';
export { StepInspector, type StepInspectorProps } from './StepInspector';
