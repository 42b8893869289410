export { CallSummaries, type CallSummariesProps } from './CallSummaries';
export { callerName } from './internal/callerName';
