// Rules every backend runs, shared by the in-memory adapter and `@sona-designer/server` so both refuse the same
// things with the same codes and messages.
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, paginate } from '../adapter/pagination';
// Here rather than in the main entry, which every host loads: only backends (and forms) validate test cases.
export {
  ExpectationSchema,
  TestCallSchema,
  TestCaseInputSchema,
  TestCasePatchSchema,
  TestCaseSchema,
} from '../model/testCase';
export {
  callFlowConflict,
  callFlowNotFound,
  callFlowSummaryRow,
  DRAFT_REFUSAL,
  restoreRefusal,
  revisionNotFound,
  sortCallFlowRows,
  starterCallFlow,
} from './callFlows';
export { changedFields, entityConflict, entityNotFound } from './entities';
export { planImport } from './importWorkspace';
export { refuseInUse } from './inUse';
export {
  nextRevision,
  type PublishTestContext,
  refuseFailingTests,
  refuseUnpublishable,
  requiresPassingTests,
} from './publish';
export { attachedIds, refuseMissingReferences } from './references';
export { compareByName, compareByTime, jobSearchText, knowledgeSearchText, searchWords } from './search';
export { refuseOverfullSteps } from './stepLimits';
export {
  changedTestCaseFields,
  refuseFullTestSuite,
  sortTestCases,
  testCaseConflict,
  testCaseNotFound,
} from './testCases';
export { parseOrThrow } from './validation';
