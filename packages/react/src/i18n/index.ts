export { libraryFr } from './fr/library';
export { fr } from './locales/fr';
export {
  applyOverrides,
  type BatchCoverageMessages,
  type CallSummariesMessages,
  type CanvasMessages,
  type CharacterCounterMessages,
  DEFAULT_LOCALE,
  type DesignerMessages,
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
  type TemplatesMessages,
} from './messages';
export type { ActionKind } from './sections/jobEditor';
export { libraryEn } from './sections/library';
export { useCatalogue } from './useCatalogue';
