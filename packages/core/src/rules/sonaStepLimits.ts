import { LIMITS } from '../limits';

// The one home of a Sona step's limits. The graph schema, `validateGraph`, the attach helpers and the in-memory
// adapter all ask this file, so a limit and its wording change in one place. It imports only `limits.ts`: the
// model's schema depends on it, so it must not depend on the model.

/** The limits of a Sona step's attachments; `validateGraph` reports the job ones under the same codes. */
export type SonaStepLimitCode = 'TOO_MANY_JOBS' | 'DUPLICATE_JOB' | 'DUPLICATE_KNOWLEDGE';

/** One broken limit of a Sona step, located inside the step. */
export interface SonaStepLimitProblem {
  code: SonaStepLimitCode;
  /** For people, in English; names the step when `title` was given. */
  message: string;
  /** Where, from the step: `['jobIds']` for too many jobs, `['jobIds', 3]` for the copy at index 3. */
  path: ['jobIds' | 'knowledgeIds', ...number[]];
  /**
   * So a UI can write its own words: `count` and `max` (too many jobs), `jobId` (a job attached twice),
   * `knowledgeId` (a page attached twice).
   */
  params: Record<string, string | number>;
}

/** What the limits read: a Sona step, or just its attachments (and its title, to name it in messages). */
export interface SonaStepAttachments {
  title?: string;
  jobIds: readonly string[];
  knowledgeIds: readonly string[];
}

/** Marks the schema's issues that come from these limits, so `validateGraph` reports each under its own code once. */
export const SONA_STEP_LIMIT_PARAM = 'sonaStepLimit';

function onStep(title: string | undefined, preposition: string): string {
  return title ? ` ${preposition} “${title}”` : '';
}

function copies(ids: readonly string[]): Array<{ id: string; index: number }> {
  const seen = new Set<string>();
  const found: Array<{ id: string; index: number }> = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) found.push({ id, index });
    seen.add(id);
  });
  return found;
}

/**
 * Checks a Sona step's limits: at most `LIMITS.jobsPerSonaStep` (10) jobs, no job attached twice, no knowledge
 * page attached twice. Returns every broken limit (an empty list when the step is fine), one problem per extra
 * copy, with the path of the offending list or copy. Host adapters call it before storing a draft, to refuse an
 * 11th job as the in-memory adapter does (`JOB_LIMIT`).
 */
export function checkSonaStepLimits(step: SonaStepAttachments): SonaStepLimitProblem[] {
  const problems: SonaStepLimitProblem[] = [];
  const max = LIMITS.jobsPerSonaStep;
  const count = step.jobIds.length;
  if (count > max) {
    const over = count - max;
    problems.push({
      code: 'TOO_MANY_JOBS',
      message: `A Sona step holds at most ${max} jobs: detach ${over === 1 ? 'one' : over}${onStep(step.title, 'from')}.`,
      path: ['jobIds'],
      params: { count, max },
    });
  }
  for (const { id, index } of copies(step.jobIds)) {
    problems.push({
      code: 'DUPLICATE_JOB',
      message: `A job is attached twice${onStep(step.title, 'to')}: remove the copy.`,
      path: ['jobIds', index],
      params: { jobId: id },
    });
  }
  for (const { id, index } of copies(step.knowledgeIds)) {
    problems.push({
      code: 'DUPLICATE_KNOWLEDGE',
      message: `A knowledge page is attached twice${onStep(step.title, 'to')}: remove the copy.`,
      path: ['knowledgeIds', index],
      params: { knowledgeId: id },
    });
  }
  return problems;
}
