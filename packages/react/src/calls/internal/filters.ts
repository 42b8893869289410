import type { CallOutcome, CallSummaryFilter } from '@sona-designer/core';

/** The filters as the selects hold them: an empty string means "all". */
export interface SummaryFilters {
  callFlowId: string;
  stepId: string;
  jobId: string;
  source: '' | 'draft' | 'published';
  outcome: '' | CallOutcome;
}

export const NO_FILTERS: SummaryFilters = { callFlowId: '', stepId: '', jobId: '', source: '', outcome: '' };

/** The adapter's filter: only the filters that are set. */
export function toAdapterFilter(filters: SummaryFilters): CallSummaryFilter {
  return {
    ...(filters.callFlowId ? { callFlowId: filters.callFlowId } : {}),
    ...(filters.stepId ? { stepId: filters.stepId } : {}),
    ...(filters.jobId ? { jobId: filters.jobId } : {}),
    ...(filters.source ? { source: filters.source } : {}),
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
  };
}

/** One string per distinct set of filters, to reload the list when it changes. */
export function filtersKey(filters: SummaryFilters): string {
  return [filters.callFlowId, filters.stepId, filters.jobId, filters.source, filters.outcome].join('\n');
}
