export { DesignerContext, type DesignerContextValue, useDesigner, useMessages } from './DesignerContext';
export { DesignerProvider, type DesignerProviderProps } from './DesignerProvider';
export { useFlow, useFlowStoreApi } from './flow/FlowContext';
export { FlowProvider, type FlowProviderProps } from './flow/FlowProvider';
export type { FlowActions, FlowState, FlowStore, FlowStoreState } from './flow/flowStore';
export type { SaveState } from './flow/persistence';
export { toDesignerError } from './flow/toDesignerError';
export type { Announcement } from './flow/view';
export type { WorkspaceStore } from './workspace/workspaceStore';
