export { IMPORT_BOUNDS } from './bounds';
export { exportCallFlow, exportWorkspace } from './export';
export { parseImportDocument } from './import';
export { mergeWorkspace } from './merge';
export {
  exportFileName,
  type ImportPreview,
  type PreviewGroup,
  type PreviewRecord,
  previewImport,
} from './preview';
export { toJsonPath } from './problems';
export { MAX_DOCUMENT_DEPTH, MAX_DOCUMENT_VALUES, plainSnapshot, type SnapshotResult } from './snapshot';
export {
  CALL_FLOW_FORMAT,
  type CallFlowExport,
  type DocumentInfo,
  type ImportMode,
  type ImportOutcome,
  type ParseResult,
  SCHEMA_VERSION,
  WORKSPACE_FORMAT,
  type WorkspaceData,
  type WorkspaceExport,
} from './types';
