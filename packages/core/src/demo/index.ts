export { generateJobs } from './generatedJobs';
export { JOB_IDS } from './jobs';
export { KNOWLEDGE_IDS } from './knowledge';
export { LARGE_FLOW_ID, type LargeWorkspaceOptions, largeWorkspace } from './large';
export { BUSINESS_NAME, demoWorkspace } from './workspace';
