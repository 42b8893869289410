export { BatchCoverage, type BatchCoverageProps } from './BatchCoverage';
export { MAX_BATCH_SENTENCES, parseSentences } from './batchRun';
