// Saved test cases of a call flow: the suite that runs them after every edit, the drawer's Tests view, Save as test
// and the publish bar's count. Loaded on demand: the package's main entry only knows `LazyTestsStatus`.
export {
  browserZone,
  QUICK_PICKS,
  type QuickPick,
  quickPickTime,
  toCallTime,
  type WallTime,
  wallTimeIn,
} from './internal/callTime';
export { formatCallMoment, type NameLookup } from './internal/describeTest';
export { planCallToStep } from './internal/planCall';
export { SaveSummaryAsTest, type SaveSummaryAsTestProps } from './SaveSummaryAsTest';
export { SaveTestDialog, type SaveTestDialogProps } from './SaveTestDialog';
export type { SuiteRun, TestSuite, TestSuiteState } from './suite/testSuite';
export { useSuiteSave, useTestSuite, useTestSuiteApi } from './suite/useTestSuite';
export { TestsStatus, type TestsStatusProps } from './TestsStatus';
export { TestsView, type TestsViewProps } from './TestsView';
