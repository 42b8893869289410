export { StepNode } from './StepNode';
export type { StepFlowNode, StepNodeData } from './types';
