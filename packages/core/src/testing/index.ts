export { describeAdapterContract } from './contract';
export type { AdapterFactory } from './contract/factory';
export { expectDesignerError } from './expectError';
export {
  callSummaryInput,
  firstSonaStepId,
  jobInput,
  knowledgeInput,
  sonaSteps,
  testCaseInput,
  withGreeting,
  withJobIds,
  withKnowledgeIds,
  withUnpublishableForward,
} from './fixtures';
