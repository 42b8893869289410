export { CallSummaries, type CallSummariesProps } from './CallSummaries';
