export { DesignerContext, type DesignerContextValue, useDesigner, useMessages } from './DesignerContext';
export { DesignerProvider, type DesignerProviderProps } from './DesignerProvider';
export { useFlow, useFlowStoreApi } from './flow/FlowContext';
export { FlowProvider, type FlowProviderProps } from './flow/FlowProvider';
export {
  type Announcement,
  type FlowActions,
  type FlowState,
  type FlowStore,
  type FlowStoreState,
  type SaveState,
  toDesignerError,
} from './flow/flowStore';
export { connect, freshId } from './flow/graphOps';
export { setPositions, updateStep } from './flow/graphOps';
export type { WorkspaceStore } from './workspace/workspaceStore';
