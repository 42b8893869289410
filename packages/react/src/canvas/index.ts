export { type LayoutOptions, layoutGraph, type Positions } from './autoLayout';
export { STEP_KIND_MIME } from './dragData';
export { FlowCanvas, type FlowCanvasProps } from './FlowCanvas';
export { estimateStepHeight, STEP_NODE_WIDTH, stepNodeWidth } from './nodeSize';
