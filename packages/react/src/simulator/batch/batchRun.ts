import type { RouteResult } from '@sona-designer/core/routing';

/** The most sentences one batch runs: enough for a real test set, small enough to stay instant in the inspector. */
export const MAX_BATCH_SENTENCES = 200;

/** The sentences of a pasted list: one per line, trimmed, empty lines left out. */
export function parseSentences(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export interface BatchRow {
  sentence: string;
  /** The job the sentence triggered, or null when no job fits well enough. */
  jobId: string | null;
  /** The router's confidence in that job (0..1); 0 when no job fits. */
  confidence: number;
}

export interface BatchOutcome {
  rows: BatchRow[];
  /** How many sentences triggered a job. */
  triggered: number;
  /** The attached jobs no sentence triggered, in the step's order. */
  untriggeredJobIds: string[];
}

/** Routes every sentence and lists the jobs that none of them triggered. */
export function runBatch(
  sentences: readonly string[],
  jobIds: readonly string[],
  route: (sentence: string) => RouteResult,
): BatchOutcome {
  const hit = new Set<string>();
  const rows = sentences.map((sentence): BatchRow => {
    const result = route(sentence);
    if (result.jobId === null) return { sentence, jobId: null, confidence: 0 };
    hit.add(result.jobId);
    return { sentence, jobId: result.jobId, confidence: result.confidence };
  });
  return {
    rows,
    triggered: rows.filter((row) => row.jobId !== null).length,
    untriggeredJobIds: jobIds.filter((jobId) => !hit.has(jobId)),
  };
}
