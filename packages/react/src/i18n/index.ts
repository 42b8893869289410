export { DEFERRED_SECTIONS, type DeferredSection, provideEnglish } from './deferred';
export { errorText } from './errorText';
export { isolate } from './isolate';
export {
  applyOverrides,
  type BatchCoverageMessages,
  type CallSummariesMessages,
  type CanvasMessages,
  type CharacterCounterMessages,
  DEFAULT_LOCALE,
  type DesignerMessages,
  type ErrorMessages,
  en,
  forgetLoadedMessages,
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
  messageLoaders,
  type PluralMessage,
  type PublishMessages,
  registerMessages,
  resolveMessages,
  type SandboxMessages,
  type SimulatorMessages,
  type StepKindMessages,
  selectPlural,
  type TeachMessages,
  type TemplatesMessages,
  type TestsMessages,
  type TransferMessages,
} from './messages';
export { outputLabel } from './outputLabel';
export { callSummariesEn } from './sections/callSummaries';
export { type ActionKind, jobEditorEn } from './sections/jobEditor';
export { jobPickerEn } from './sections/jobPicker';
export { libraryEn } from './sections/library';
export { simulatorEn } from './sections/simulator';
export { teachEn } from './sections/teach';
export { templatesEn } from './sections/templates';
export { transferEn } from './sections/transfer';
export { useCatalogue } from './useCatalogue';
