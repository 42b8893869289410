export { Announcer } from './Announcer/Announcer';
export { BatchCoverage, type BatchCoverageProps, MAX_BATCH_SENTENCES, parseSentences } from './BatchCoverage';
export { CallFlowDesigner, type CallFlowDesignerProps } from './CallFlowDesigner/CallFlowDesigner';
export type { CallSummariesProps } from './CallSummaries';
export {
  CharacterCounter,
  type CharacterCounterProps,
  type CharacterCounterState,
  characterCounterState,
  NEAR_LIMIT_RATIO,
} from './CharacterCounter';
export type { ConflictDialogProps } from './ConflictDialog';
export {
  FlowCanvas,
  type FlowCanvasProps,
  type LayoutOptions,
  layoutGraph,
  type Positions,
} from './FlowCanvas';
export { useFlow, useFlowStoreApi } from './flow/FlowContext';
export { FlowProvider, type FlowProviderProps } from './flow/FlowProvider';
export type {
  Announcement,
  FlowActions,
  FlowState,
  FlowStore,
  FlowStoreState,
  SaveState,
} from './flow/flowStore';
export { formatPhoneNumber } from './format/phoneNumber';
export { HistoryControls, type HistoryControlsProps } from './HistoryControls/HistoryControls';
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
} from './i18n/messages';
export type { JobEditorProps } from './JobEditor';
export type { JobLibraryProps, JobLibrarySort } from './JobLibrary';
export type { JobPickerProps } from './JobPicker';
export { JobRoutingSandbox, type JobRoutingSandboxProps } from './JobRoutingSandbox';
export type { JobsSectionProps } from './JobsSection';
export type { KnowledgeEditorProps } from './KnowledgeEditor';
export type { KnowledgeLibraryProps } from './KnowledgeLibrary';
export type { KnowledgePickerProps } from './KnowledgePicker';
export type { KnowledgeSectionProps } from './KnowledgeSection';
// The secondary surfaces load on demand: same names, props and behaviour once loaded (see lazy.tsx).
export {
  LazyCallSummaries as CallSummaries,
  LazyConflictDialog as ConflictDialog,
  LazyJobEditor as JobEditor,
  LazyJobLibrary as JobLibrary,
  LazyJobPicker as JobPicker,
  LazyJobsSection as JobsSection,
  LazyKnowledgeEditor as KnowledgeEditor,
  LazyKnowledgeLibrary as KnowledgeLibrary,
  LazyKnowledgePicker as KnowledgePicker,
  LazyKnowledgeSection as KnowledgeSection,
  LazyPendingChanges as PendingChanges,
  LazySimulatorDrawer as SimulatorDrawer,
  LazyTemplateGallery as TemplateGallery,
} from './lazy';
export type { PendingChangesProps } from './PendingChanges';
export { PublishBar, type PublishBarProps } from './PublishBar';
export { type DesignerContextValue, useDesigner, useMessages } from './provider/DesignerContext';
export { DesignerProvider, type DesignerProviderProps } from './provider/DesignerProvider';
export { RevisionHistory, type RevisionHistoryProps } from './RevisionHistory';
export { SaveStatus, type SaveStatusProps } from './SaveStatus';
export type { SimulatorDrawerProps } from './SimulatorDrawer';
export { TestCallButton, type TestCallButtonProps } from './SimulatorDrawer/TestCallButton';
export { StepInspector, type StepInspectorProps } from './StepInspector';
export { type StepFlowNode, StepNode, type StepNodeData } from './StepNode';
export { ADDABLE_STEP_KINDS, StepPalette, type StepPaletteProps } from './StepPalette';
export type { TemplateGalleryProps } from './TemplateGallery';
