export { IMPORT_BOUNDS } from './bounds';
export { exportCallFlow, exportWorkspace } from './export';
export { parseImportDocument } from './import';
export { mergeWorkspace } from './merge';
export { toJsonPath } from './problems';
export {
  CALL_FLOW_FORMAT,
  type CallFlowExport,
  type ImportMode,
  type ImportOutcome,
  type ParseResult,
  SCHEMA_VERSION,
  WORKSPACE_FORMAT,
  type WorkspaceData,
  type WorkspaceExport,
} from './types';
