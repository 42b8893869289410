import type { RouteOptions } from '../../packages/core/src/routing/index';
import type { RoutingBusiness } from './businesses';
import { THIRD_BUSINESSES } from './businessesThird';
import type { RoutingSample } from './dataset';
import { type RoutingScore, routeByBusiness, scoreRouting } from './evaluate';
import { THIRD_HELD_OUT_SAMPLES } from './heldOutThird';

/** Routes the third held-out set against the businesses it was written for (businessesThird.ts). */
export function evaluateThirdHeldOut(
  options: RouteOptions = {},
  samples: readonly RoutingSample[] = THIRD_HELD_OUT_SAMPLES,
  businesses: readonly RoutingBusiness[] = THIRD_BUSINESSES,
): RoutingScore {
  return routeByBusiness(samples, businesses, options);
}

/** Lowercase words of four letters or more. */
function keywords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 4),
  );
}

/**
 * A naive keyword matcher for comparison: the job sharing the most words (four letters or more) between the caller
 * and its name, description and trigger wins, the first listed on a tie; no shared word routes to no job.
 */
export function naiveKeywordBaseline(
  samples: readonly RoutingSample[] = THIRD_HELD_OUT_SAMPLES,
  businesses: readonly RoutingBusiness[] = THIRD_BUSINESSES,
): RoutingScore {
  const jobWords = new Map(
    businesses.map((business) => [
      business.id,
      business.jobs.map((job) => ({
        id: job.id,
        words: keywords(`${job.name} ${job.description} ${job.trigger}`),
      })),
    ]),
  );
  return scoreRouting(samples, (business, text) => {
    const jobs = jobWords.get(business);
    if (!jobs) return undefined;
    const caller = keywords(text);
    let best: string | null = null;
    let bestCount = 0;
    for (const job of jobs) {
      let count = 0;
      for (const word of caller) if (job.words.has(word)) count++;
      if (count > bestCount) {
        best = job.id;
        bestCount = count;
      }
    }
    return { jobId: best, confidence: bestCount };
  });
}
