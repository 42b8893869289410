import { demoWorkspace, JOB_IDS } from '@sona-designer/core/demo';
import { createRouter } from '@sona-designer/core/routing';
import { describe, expect, test } from 'vitest';
import { parseSentences, runBatch } from './batchRun';

const frontDeskIds = [JOB_IDS.bookService, JOB_IDS.takeMessage, JOB_IDS.billing];
const jobs = (demoWorkspace.jobs ?? []).filter((job) => frontDeskIds.includes(job.id as never));
const router = createRouter(jobs);

describe('parseSentences', () => {
  test('keeps one trimmed sentence per line and skips empty lines, whatever the line endings', () => {
    expect(parseSentences('  I need a plumber \r\n\r\n\n  \rMy bill is wrong\n')).toEqual([
      'I need a plumber',
      'My bill is wrong',
    ]);
    expect(parseSentences(' \n \n')).toEqual([]);
  });
});

describe('runBatch', () => {
  test('reports the job each sentence triggered and the attached jobs none triggered', () => {
    const outcome = runBatch(
      [
        'I need to book a plumber for Tuesday',
        'I think I was charged twice on my bill',
        'what is the meaning of life',
      ],
      frontDeskIds,
      (sentence) => router.route(sentence),
    );

    expect(outcome.rows.map((row) => row.jobId)).toEqual([JOB_IDS.bookService, JOB_IDS.billing, null]);
    expect(outcome.rows[0]?.confidence).toBeGreaterThan(0.4);
    expect(outcome.rows[2]?.confidence).toBe(0);
    expect(outcome.triggered).toBe(2);
    expect(outcome.untriggeredJobIds).toEqual([JOB_IDS.takeMessage]);
  });

  test('an empty batch triggers nothing, so every job is untriggered', () => {
    expect(runBatch([], frontDeskIds, (sentence) => router.route(sentence))).toEqual({
      rows: [],
      triggered: 0,
      untriggeredJobIds: frontDeskIds,
    });
  });
});
