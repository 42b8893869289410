export { type LayoutOptions, layoutGraph, type Positions } from './autoLayout';
export { STEP_KIND_MIME } from './dragData';
export { FlowCanvas, type FlowCanvasProps } from './FlowCanvas';
export { estimateStepHeight, STEP_NODE_WIDTH, stepNodeWidth } from './nodeSize';
export { ADDABLE_STEP_KINDS, StepPalette, type StepPaletteProps } from './palette/StepPalette';
export { StepNode } from './stepNode/StepNode';
export type { StepFlowNode, StepNodeData } from './stepNode/types';
