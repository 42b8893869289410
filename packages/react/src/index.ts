export type { CallSummariesProps } from './calls';
export {
  FlowCanvas,
  type FlowCanvasProps,
  type LayoutOptions,
  layoutGraph,
  type Positions,
} from './canvas';
export { ADDABLE_STEP_KINDS, StepPalette, type StepPaletteProps } from './canvas/palette';
export { type StepFlowNode, StepNode, type StepNodeData } from './canvas/stepNode';
export { CallFlowDesigner, type CallFlowDesignerProps } from './designer/CallFlowDesigner';
export { HistoryControls, type HistoryControlsProps } from './designer/historyControls/HistoryControls';
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
export { StepInspector, type StepInspectorProps } from './inspector';
export type { JobEditorProps } from './jobs/editor';
export type { JobLibraryProps, JobLibrarySort } from './jobs/library';
export type { JobPickerProps } from './jobs/picker';
export type { JobsSectionProps } from './jobs/section';
export type { TemplateGalleryProps } from './jobs/templates';
export type { KnowledgeEditorProps } from './knowledge/editor';
export type { KnowledgeLibraryProps } from './knowledge/library';
export type { KnowledgePickerProps } from './knowledge/picker';
export type { KnowledgeSectionProps } from './knowledge/section';
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
export type { ConflictDialogProps } from './publishing/conflict';
export type { PendingChangesProps } from './publishing/pendingChanges';
export { PublishBar, type PublishBarProps } from './publishing/publishBar';
export { RevisionHistory, type RevisionHistoryProps } from './publishing/revisions';
export { SaveStatus, type SaveStatusProps } from './publishing/saveStatus';
export {
  BatchCoverage,
  type BatchCoverageProps,
  MAX_BATCH_SENTENCES,
  parseSentences,
} from './simulator/batch';
export type { SimulatorDrawerProps } from './simulator/drawer';
export { TestCallButton, type TestCallButtonProps } from './simulator/drawer/TestCallButton';
export { JobRoutingSandbox, type JobRoutingSandboxProps } from './simulator/sandbox';
export { type DesignerContextValue, useDesigner, useMessages } from './state/DesignerContext';
export { DesignerProvider, type DesignerProviderProps } from './state/DesignerProvider';
export { useFlow, useFlowStoreApi } from './state/flow/FlowContext';
export { FlowProvider, type FlowProviderProps } from './state/flow/FlowProvider';
export type {
  Announcement,
  FlowActions,
  FlowState,
  FlowStore,
  FlowStoreState,
  SaveState,
} from './state/flow/flowStore';
export { Announcer } from './ui/announcer/Announcer';
export {
  CharacterCounter,
  type CharacterCounterProps,
  type CharacterCounterState,
  characterCounterState,
  NEAR_LIMIT_RATIO,
} from './ui/characterCounter';
export { formatPhoneNumber } from './ui/phoneNumber';
