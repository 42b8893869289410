// What every host needs: the model, the rules and the adapter boundary. Optional parts have their own entry points,
// so a host loads only what it uses: `/memory` (in-memory adapter), `/io` (import and export), `/routing` (the job
// router), `/simulator`, `/templates`, `/testing` and `/demo`.
export {
  type ActionMatch,
  actionWarnings,
  formatAction,
  type JobAction,
  parseActions,
  type TransferTarget,
} from './actions';
export type {
  CallSummaryFilter,
  ChangeEvent,
  ChangeListener,
  DesignerAdapter,
  JobSort,
  ListJobsQuery,
  ListKnowledgeQuery,
  Page,
} from './adapter/types';
export {
  DesignerError,
  type DesignerErrorCode,
  type DesignerErrorDetails,
  type FailingTest,
  isDesignerError,
  type PathProblem,
} from './errors';
// Import and export are at `@sona-designer/core/io`; these types are here because `DesignerAdapter` uses them.
export type { ImportMode, ImportOutcome, WorkspaceData, WorkspaceExport } from './io/types';
export { LIMITS, MAX_TEST_CASES_PER_FLOW, SECONDARY_LIMITS } from './limits';
export {
  type CallFlow,
  type CallFlowInput,
  CallFlowInputSchema,
  CallFlowSchema,
  type CallFlowSummaryRow,
  type Revision,
  RevisionSchema,
} from './model/callFlow';
export {
  CALL_OUTCOMES,
  type CallOutcome,
  type CallSummary,
  type CallSummaryInput,
  CallSummaryInputSchema,
  CallSummarySchema,
} from './model/callSummary';
export { MAX_VERSION } from './model/fields';
export {
  type BusinessHoursStep,
  BusinessHoursStepSchema,
  EdgeSchema,
  type EndStep,
  EndStepSchema,
  type FlowEdge,
  type FlowGraph,
  FlowGraphSchema,
  type FlowSettings,
  FlowSettingsSchema,
  type ForwardStep,
  ForwardStepSchema,
  type IncomingCallStep,
  IncomingCallStepSchema,
  MENU_DIGITS,
  type MenuDigit,
  type PhoneMenuStep,
  PhoneMenuStepSchema,
  PhoneNumberSchema,
  type PlayAudioStep,
  PlayAudioStepSchema,
  RING_STRATEGIES,
  type RingStrategy,
  type RingUsersStep,
  RingUsersStepSchema,
  type Schedule,
  ScheduleSchema,
  type SonaStep,
  SonaStepSchema,
  STEP_KINDS,
  type Step,
  type StepKind,
  type StepOf,
  StepSchema,
  type VoicemailStep,
  VoicemailStepSchema,
  WEEKDAYS,
  type Weekday,
} from './model/graph';
export {
  JOB_TEXT_FIELDS,
  type Job,
  type JobInput,
  JobInputSchema,
  type JobPatch,
  JobPatchSchema,
  JobSchema,
  type JobTextField,
} from './model/job';
export {
  type KnowledgeInput,
  KnowledgeInputSchema,
  type KnowledgePage,
  KnowledgePageSchema,
  type KnowledgePatch,
  KnowledgePatchSchema,
} from './model/knowledge';
export {
  createStarterGraph,
  createStep,
  DEFAULT_STEP_TITLES,
  endsCall,
  findStep,
  menuOptionOutputId,
  type StepOutput,
  stepOutputs,
} from './model/steps';
// The test case schemas are at `@sona-designer/core/backend` (backends validate with them): the main entry stays small.
export type {
  Expectation,
  TestCall,
  TestCase,
  TestCaseInput,
  TestCasePatch,
} from './model/testCase';
export { attachJob, attachKnowledge, detachJob, detachKnowledge, reorderJob } from './rules/attach';
export { jobUsage, knowledgeUsage, summarizeUsage, type UsagePlace } from './rules/jobUsage';
export {
  diffGraphs,
  hasUnpublishedChanges,
  type PendingChange,
  type PendingChangeKind,
  type PendingChangeNames,
  pendingChanges,
  settingLabel,
} from './rules/pendingChanges';
export { type MissingReference, missingReferences, type ReferenceLookup } from './rules/references';
export {
  checkSonaStepLimits,
  type SonaStepAttachments,
  type SonaStepLimitCode,
  type SonaStepLimitProblem,
} from './rules/sonaStepLimits';
export {
  type GraphIssue,
  type GraphIssueCode,
  type GraphIssueSeverity,
  hasErrors,
  issuesByStep,
  type ValidateGraphContext,
  validateGraph,
} from './rules/validateGraph';
// The engine itself is at `@sona-designer/core/simulator`, so hosts load it only when they simulate a call.
export type {
  InstructionTrace,
  LocalSimulatorEngineOptions,
  ScriptedCall,
  SimulatedCallSummary,
  SimulatedJob,
  SimulatedKnowledgePage,
  SimulatedSonaStep,
  SimulationState,
  SimulatorEngine,
  SimulatorStartRequest,
  SimulatorTurnRequest,
  SimulatorTurnResult,
  SummarizeCallOptions,
  TraceReason,
  TranscriptTurn,
  TurnTrace,
} from './simulator/engine';
export { UNKNOWN_CALLER } from './simulator/engine/outputs/unknownCaller';
export { toSimulatedSonaStep } from './simulator/engine/sonaStep';
// The templates' texts are at `@sona-designer/core/templates` (the adapter loads them on demand).
export { templateToJobInput } from './templates/toJobInput';
export {
  type JobTemplate,
  type JobTemplateDefinition,
  TEMPLATE_CATEGORIES,
  type TemplateCategory,
  type TemplateLocale,
  type TemplateText,
} from './templates/types';
export {
  findUnpairedSurrogate,
  foldForSearch,
  graphemeLength,
  graphemeLengthUpTo,
  normalizeNewlines,
  truncateGraphemes,
} from './text';
