import type { PluralMessage } from '../types';

/** Strings of `BatchCoverage`, the "Batch test" panel of a Sona step. */
export interface BatchCoverageMessages {
  title: string;
  hint: string;
  sentencesLabel: string;
  placeholder: string;
  run: string;
  /** `{count}`: non-empty lines. */
  count: PluralMessage;
  /** `{count}` lines, `{max}` allowed, `{extra}` to remove; chosen by `extra`. */
  tooMany: PluralMessage;
  noSentences: string;
  noJobs: string;
  resultsLabel: string;
  tableLabel: string;
  /** `{triggered}` of `{total}` sentences; chosen by `triggered` (the French verb agrees with it). */
  summary: PluralMessage;
  columnSentence: string;
  columnJob: string;
  /** `{percent}`: how sure the router is of the job. */
  confidence: string;
  noJob: string;
  deletedJob: string;
  stale: string;
  uncoveredHeading: string;
  allCovered: string;
}

export const batchCoverageEn: BatchCoverageMessages = {
  title: 'Batch test',
  hint: 'Type or paste what callers might say, one sentence per line (at most 200). Empty lines are skipped. Nothing is saved.',
  sentencesLabel: 'Caller sentences (one per line)',
  placeholder: 'I need to book a plumber for Tuesday\nMy last bill looks wrong',
  run: 'Run',
  count: { one: '{count} sentence', other: '{count} sentences' },
  tooMany: {
    one: 'A batch holds at most {max} sentences and this list has {count}: remove {extra} line, then run again.',
    other:
      'A batch holds at most {max} sentences and this list has {count}: remove {extra} lines, then run again.',
  },
  noSentences: 'Type or paste at least one caller sentence, one per line, then run.',
  noJobs:
    'No jobs are attached to this step: every caller would be answered from knowledge or a message taken.',
  resultsLabel: 'Batch results',
  tableLabel: 'Sentence by sentence',
  summary: {
    one: '{triggered} of {total} sentences triggered a job.',
    other: '{triggered} of {total} sentences triggered a job.',
  },
  columnSentence: 'Caller sentence',
  columnJob: 'Job triggered',
  confidence: '{percent} confidence',
  noJob: 'No job — would be answered from knowledge or a message taken',
  deletedJob: 'Deleted job',
  stale: 'The sentences changed since this run: press Run to update the results.',
  uncoveredHeading: 'Jobs no sentence triggered',
  allCovered: 'Every attached job was triggered at least once.',
};
