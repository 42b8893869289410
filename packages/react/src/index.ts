export type { CallSummariesProps } from './calls';
// The secondary surfaces load on demand: same names, props and behaviour once loaded (see each feature's lazy.tsx).
export { LazyCallSummaries as CallSummaries } from './calls/lazy';
export {
  ADDABLE_STEP_KINDS,
  FlowCanvas,
  type FlowCanvasProps,
  type LayoutOptions,
  layoutGraph,
  type Positions,
  type StepFlowNode,
  StepNode,
  type StepNodeData,
  StepPalette,
  type StepPaletteProps,
} from './canvas';
export {
  CallFlowDesigner,
  type CallFlowDesignerProps,
  HistoryControls,
  type HistoryControlsProps,
} from './designer';
export {
  type BatchCoverageMessages,
  type CallSummariesMessages,
  type CanvasMessages,
  type CharacterCounterMessages,
  DEFAULT_LOCALE,
  type DesignerMessages,
  en,
  formatMessage,
  formatNumber,
  getMessages,
  type InspectorMessages,
  type JobEditorMessages,
  type JobPickerMessages,
  type LibraryMessages,
  LOCALES,
  type Locale,
  loadMessages,
  type MessageOverrides,
  type MessageParams,
  type Messages,
  type PluralMessage,
  type PublishMessages,
  registerMessages,
  resolveMessages,
  type SandboxMessages,
  type SimulatorMessages,
  type StepKindMessages,
  selectPlural,
  type TemplatesMessages,
  type TestsMessages,
  type TransferMessages,
} from './i18n';
export { StepInspector, type StepInspectorProps } from './inspector';
export type {
  JobEditorProps,
  JobLibraryProps,
  JobLibrarySort,
  JobPickerProps,
  JobsSectionProps,
  TemplateGalleryProps,
} from './jobs';
export {
  LazyJobEditor as JobEditor,
  LazyJobLibrary as JobLibrary,
  LazyJobPicker as JobPicker,
  LazyJobsSection as JobsSection,
  LazyTemplateGallery as TemplateGallery,
} from './jobs/lazy';
export type {
  KnowledgeEditorProps,
  KnowledgeLibraryProps,
  KnowledgePickerProps,
  KnowledgeSectionProps,
} from './knowledge';
export {
  LazyKnowledgeEditor as KnowledgeEditor,
  LazyKnowledgeLibrary as KnowledgeLibrary,
  LazyKnowledgePicker as KnowledgePicker,
  LazyKnowledgeSection as KnowledgeSection,
} from './knowledge/lazy';
export type { ConflictDialogProps, PendingChangesProps } from './publishing';
export {
  PublishBar,
  type PublishBarProps,
  RevisionHistory,
  type RevisionHistoryProps,
  SaveStatus,
  type SaveStatusProps,
} from './publishing';
export {
  LazyConflictDialog as ConflictDialog,
  LazyPendingChanges as PendingChanges,
} from './publishing/lazy';
export type { SimulatorDrawerProps } from './simulator';
export {
  BatchCoverage,
  type BatchCoverageProps,
  JobRoutingSandbox,
  type JobRoutingSandboxProps,
  MAX_BATCH_SENTENCES,
  parseSentences,
  TestCallButton,
  type TestCallButtonProps,
} from './simulator';
export { LazySimulatorDrawer as SimulatorDrawer } from './simulator/lazy';
export type {
  Announcement,
  FlowActions,
  FlowState,
  FlowStore,
  FlowStoreState,
  SaveState,
  SimulatorPath,
} from './state';
export {
  type DesignerContextValue,
  DesignerProvider,
  type DesignerProviderProps,
  FlowProvider,
  type FlowProviderProps,
  useDesigner,
  useFlow,
  useFlowStoreApi,
  useMessages,
} from './state';
export type {
  ExportCallFlowButtonProps,
  ExportedFile,
  ExportWorkspaceButtonProps,
  ImportDialogProps,
  WorkspaceTransferProps,
} from './transfer';
export {
  LazyExportCallFlowButton as ExportCallFlowButton,
  LazyExportWorkspaceButton as ExportWorkspaceButton,
  LazyImportDialog as ImportDialog,
  LazyWorkspaceTransfer as WorkspaceTransfer,
} from './transfer/lazy';
export {
  Announcer,
  CharacterCounter,
  type CharacterCounterProps,
  type CharacterCounterState,
  characterCounterState,
  formatPhoneNumber,
  NEAR_LIMIT_RATIO,
} from './ui';
