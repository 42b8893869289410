// The catalogue's shape, apart from its texts: a locale module (e.g. locales/fr.ts) depends on this alone.
import type { BatchCoverageMessages } from './sections/batchCoverage';
import type { CallSummariesMessages } from './sections/callSummaries';
import type { CanvasMessages } from './sections/canvas';
import type { CharacterCounterMessages } from './sections/characterCounter';
import type { DesignerMessages } from './sections/designer';
import type { ErrorMessages } from './sections/errors';
import type { InspectorMessages } from './sections/inspector';
import type { JobEditorMessages } from './sections/jobEditor';
import type { JobPickerMessages } from './sections/jobPicker';
import type { LibraryMessages } from './sections/library';
import type { PublishMessages } from './sections/publish';
import type { SandboxMessages } from './sections/sandbox';
import type { SimulatorMessages } from './sections/simulator';
import type { StepKindMessages } from './sections/stepKinds';
import type { TeachMessages } from './sections/teach';
import type { TemplatesMessages } from './sections/templates';
import type { TestsMessages } from './sections/tests';
import type { TransferMessages } from './sections/transfer';

export type {
  BatchCoverageMessages,
  CallSummariesMessages,
  CanvasMessages,
  CharacterCounterMessages,
  DesignerMessages,
  ErrorMessages,
  InspectorMessages,
  JobEditorMessages,
  JobPickerMessages,
  LibraryMessages,
  PublishMessages,
  SandboxMessages,
  SimulatorMessages,
  StepKindMessages,
  TeachMessages,
  TemplatesMessages,
  TestsMessages,
  TransferMessages,
};

/**
 * Every string the components show, one section per part of the designer; every locale has this same shape
 * (`en`, `fr`). Change a few strings with the `messages` prop (`MessageOverrides`), or give a whole catalogue
 * to `registerMessages`.
 */
export interface Messages {
  characterCounter: CharacterCounterMessages;
  designer: DesignerMessages;
  stepKinds: StepKindMessages;
  canvas: CanvasMessages;
  inspector: InspectorMessages;
  publish: PublishMessages;
  jobPicker: JobPickerMessages;
  jobEditor: JobEditorMessages;
  templates: TemplatesMessages;
  library: LibraryMessages;
  sandbox: SandboxMessages;
  callSummaries: CallSummariesMessages;
  batchCoverage: BatchCoverageMessages;
  simulator: SimulatorMessages;
  transfer: TransferMessages;
  teach: TeachMessages;
  errors: ErrorMessages;
}
