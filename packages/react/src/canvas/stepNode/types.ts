import type { Node } from '@xyflow/react';

/** A node only carries its step's id: the node component reads the step itself, so unchanged steps never re-render. */
export type StepNodeData = { stepId: string };
/** A React Flow node of type `'step'` showing one step (`StepNode`), for hosts that render their own React Flow canvas. */
export type StepFlowNode = Node<StepNodeData, 'step'>;
