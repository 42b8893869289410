import type { CallOutcome } from '@sona-designer/core';
import type { PluralMessage } from '../types';

/** Strings of `CallSummaries`: the recorded calls, their filters and the detail of one call. */
export interface CallSummariesMessages {
  title: string;
  /** `{count}`: calls matching the filters. */
  total: PluralMessage;
  filtersLabel: string;
  flowFilter: string;
  allFlows: string;
  stepFilter: string;
  allSteps: string;
  jobFilter: string;
  allJobs: string;
  sourceFilter: string;
  allSources: string;
  draft: string;
  published: string;
  outcomeFilter: string;
  allOutcomes: string;
  outcomes: Record<CallOutcome, string>;
  clearFilters: string;
  listLabel: string;
  loadFailedTitle: string;
  retry: string;
  emptyTitle: string;
  emptyBody: string;
  noResultsTitle: string;
  noResultsBody: string;
  loadMore: string;
  loadingMore: string;
  loadMoreFailed: string;
  unknownCaller: string;
  noJob: string;
  deletedJob: string;
  deletedFlow: string;
  removedStep: string;
  simulated: string;
  realCall: string;
  detailPlaceholder: string;
  detailLabel: string;
  callerLabel: string;
  intentLabel: string;
  dateLabel: string;
  flowLabel: string;
  stepLabel: string;
  jobLabel: string;
  outcomeLabel: string;
  lengthLabel: string;
  /** `{count}`: turns of the conversation. */
  turns: PluralMessage;
  /** `{name}`: the job's name. */
  openJob: string;
  /** Replays the recorded call as a saved test of its call flow. */
  saveAsTest: string;
  /** `{name}` of the test just saved. */
  testSaved: string;
  /** `{message}`: why the call flow could not be read. */
  testFailed: string;
  collectedHeading: string;
  nothingCollected: string;
  actionsHeading: string;
  noActions: string;
  actionSms: string;
  actionTransfer: string;
  transcriptHeading: string;
  speakerCaller: string;
  speakerSona: string;
  emptyTranscript: string;
}

export const callSummariesEn: CallSummariesMessages = {
  title: 'Call summaries',
  total: { one: '{count} call', other: '{count} calls' },
  filtersLabel: 'Filter calls',
  flowFilter: 'Call flow',
  allFlows: 'All call flows',
  stepFilter: 'Sona step',
  allSteps: 'All Sona steps',
  jobFilter: 'Job',
  allJobs: 'All jobs',
  sourceFilter: 'Version',
  allSources: 'Draft and published',
  draft: 'Draft',
  published: 'Published',
  outcomeFilter: 'Outcome',
  allOutcomes: 'All outcomes',
  outcomes: {
    'message-taken': 'Message taken',
    transferred: 'Transferred',
    resolved: 'Resolved',
    'lead-qualified': 'Lead qualified',
    'appointment-booked': 'Appointment booked',
    abandoned: 'Abandoned',
    'no-match': 'No job matched',
  },
  clearFilters: 'Clear filters',
  listLabel: 'Calls',
  loadFailedTitle: 'Couldn’t load the call summaries.',
  retry: 'Try again',
  emptyTitle: 'No simulated calls yet',
  emptyBody:
    'Run a Test call on a Sona step: when the call ends, its summary appears here with the job it used and the full transcript.',
  noResultsTitle: 'No calls match these filters',
  noResultsBody: 'Change a filter, or clear them all to see every call.',
  loadMore: 'Load more calls',
  loadingMore: 'Loading more calls…',
  loadMoreFailed: 'Couldn’t load more calls.',
  unknownCaller: 'Unknown caller',
  noJob: 'No job',
  deletedJob: 'Deleted job',
  deletedFlow: 'Deleted call flow',
  removedStep: 'Removed step',
  simulated: 'Simulated',
  realCall: 'Real call',
  detailPlaceholder: 'Choose a call to see its summary and full transcript.',
  detailLabel: 'Call summary',
  callerLabel: 'Caller',
  intentLabel: 'Intent',
  dateLabel: 'Date',
  flowLabel: 'Call flow',
  stepLabel: 'Step',
  jobLabel: 'Job',
  outcomeLabel: 'Outcome',
  lengthLabel: 'Length',
  turns: { one: '{count} turn', other: '{count} turns' },
  openJob: 'Open “{name}”',
  saveAsTest: 'Save as test',
  testSaved: 'Test {name} saved: it runs on the call flow’s draft after every edit.',
  testFailed: 'Couldn’t open the call flow to save a test: {message}',
  collectedHeading: 'Collected fields',
  nothingCollected: 'Nothing was collected.',
  actionsHeading: 'Actions fired',
  noActions: 'No action fired.',
  actionSms: 'SMS to the caller',
  actionTransfer: 'Transfer',
  transcriptHeading: 'Transcript',
  speakerCaller: 'Caller',
  speakerSona: 'Sona',
  emptyTranscript: 'Nothing was said.',
};
