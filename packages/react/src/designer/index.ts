export { CallFlowDesigner, type CallFlowDesignerProps } from './CallFlowDesigner';
export { HistoryControls, type HistoryControlsProps } from './historyControls/HistoryControls';
