export { SonaJobsSummary, type SonaJobsSummaryProps } from './SonaJobsSummary';
export { SonaKnowledgeSummary, type SonaKnowledgeSummaryProps } from './SonaKnowledgeSummary';
export { StepInspector, type StepInspectorProps } from './StepInspector';
