// Export and import of workspaces and call flows as JSON files.
export { ExportCallFlowButton, type ExportCallFlowButtonProps } from './ExportCallFlowButton';
export { ExportWorkspaceButton, type ExportWorkspaceButtonProps } from './ExportWorkspaceButton';
export type { ExportedFile } from './exportFile';
export type { ImportDialogProps } from './import/ImportDialog';
export { WorkspaceTransfer, type WorkspaceTransferProps } from './WorkspaceTransfer';
