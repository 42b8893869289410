// The catalogue's shape, apart from its texts: a locale module (e.g. locales/fr.ts) depends on this alone.
import type { BatchCoverageMessages } from './sections/batchCoverage';
import type { CallSummariesMessages } from './sections/callSummaries';
import type { CanvasMessages } from './sections/canvas';
import type { CharacterCounterMessages } from './sections/characterCounter';
import type { DesignerMessages } from './sections/designer';
import type { InspectorMessages } from './sections/inspector';
import type { JobEditorMessages } from './sections/jobEditor';
import type { JobPickerMessages } from './sections/jobPicker';
import type { LibraryMessages } from './sections/library';
import type { PublishMessages } from './sections/publish';
import type { SandboxMessages } from './sections/sandbox';
import type { SimulatorMessages } from './sections/simulator';
import type { StepKindMessages } from './sections/stepKinds';
import type { TemplatesMessages } from './sections/templates';

export type {
  BatchCoverageMessages,
  CallSummariesMessages,
  CanvasMessages,
  CharacterCounterMessages,
  DesignerMessages,
  InspectorMessages,
  JobEditorMessages,
  JobPickerMessages,
  LibraryMessages,
  PublishMessages,
  SandboxMessages,
  SimulatorMessages,
  StepKindMessages,
  TemplatesMessages,
};

/**
 * The whole catalogue; each section's interface lives in `sections/` beside its English texts, the French texts in
 * `fr/`, assembled by `locales/fr.ts`, which loads on demand (see `loadMessages`).
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
}
