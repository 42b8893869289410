export { StepInspector, type StepInspectorProps } from './StepInspector';
