export { JOB_IDS } from './jobs';
export { KNOWLEDGE_IDS } from './knowledge';
export { BUSINESS_NAME, demoWorkspace } from './workspace';
