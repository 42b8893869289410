export { Announcer } from './Announcer/Announcer';
export { BatchCoverage, type BatchCoverageProps, MAX_BATCH_SENTENCES, parseSentences } from './BatchCoverage';
export { CallFlowDesigner, type CallFlowDesignerProps } from './CallFlowDesigner/CallFlowDesigner';
export { CallSummaries, type CallSummariesProps } from './CallSummaries';
export {
  CharacterCounter,
  type CharacterCounterProps,
  type CharacterCounterState,
  characterCounterState,
  NEAR_LIMIT_RATIO,
} from './CharacterCounter';
export { ConflictDialog, type ConflictDialogProps } from './ConflictDialog';
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
  fr,
  getMessages,
  type InspectorMessages,
  type JobEditorMessages,
  type JobPickerMessages,
  type LibraryMessages,
  LOCALES,
  type Locale,
  type MessageOverrides,
  type MessageParams,
  type Messages,
  messages,
  type PluralMessage,
  type PublishMessages,
  resolveMessages,
  type SandboxMessages,
  type SimulatorMessages,
  type StepKindMessages,
  selectPlural,
  type TemplatesMessages,
} from './i18n/messages';
export { JobEditor, type JobEditorProps } from './JobEditor';
export { JobLibrary, type JobLibraryProps, type JobLibrarySort } from './JobLibrary';
export { JobPicker, type JobPickerProps } from './JobPicker';
export { JobRoutingSandbox, type JobRoutingSandboxProps } from './JobRoutingSandbox';
export { JobsSection, type JobsSectionProps } from './JobsSection';
export { KnowledgeEditor, type KnowledgeEditorProps } from './KnowledgeEditor';
export { KnowledgeLibrary, type KnowledgeLibraryProps } from './KnowledgeLibrary';
export { KnowledgePicker, type KnowledgePickerProps } from './KnowledgePicker';
export { KnowledgeSection, type KnowledgeSectionProps } from './KnowledgeSection';
export { PendingChanges, type PendingChangesProps } from './PendingChanges';
export { PublishBar, type PublishBarProps } from './PublishBar';
export { type DesignerContextValue, useDesigner, useMessages } from './provider/DesignerContext';
export { DesignerProvider, type DesignerProviderProps } from './provider/DesignerProvider';
export { RevisionHistory, type RevisionHistoryProps } from './RevisionHistory';
export { SaveStatus, type SaveStatusProps } from './SaveStatus';
export {
  SimulatorDrawer,
  type SimulatorDrawerProps,
  TestCallButton,
  type TestCallButtonProps,
} from './SimulatorDrawer';
export { StepInspector, type StepInspectorProps } from './StepInspector';
export { type StepFlowNode, StepNode, type StepNodeData } from './StepNode';
export { ADDABLE_STEP_KINDS, StepPalette, type StepPaletteProps } from './StepPalette';
export { TemplateGallery, type TemplateGalleryProps } from './TemplateGallery';
