import { createRouter, type RouteOptions } from '../../packages/core/src/routing/index';
import type { RoutingBusiness } from './businesses';
import { FOURTH_BUSINESSES } from './businessesFourth';
import type { RoutingSample } from './dataset';
import { FOURTH_DEV_SAMPLES } from './devFourth';
import type { RoutingMiss, RoutingScore } from './evaluate';

/** Routes the fourth (development) set against the businesses it was written for (businessesFourth.ts). */
export function evaluateFourthDev(
  options: RouteOptions = {},
  samples: readonly RoutingSample[] = FOURTH_DEV_SAMPLES,
  businesses: readonly RoutingBusiness[] = FOURTH_BUSINESSES,
): RoutingScore {
  const routers = new Map(businesses.map((business) => [business.id, createRouter(business.jobs, options)]));
  let coveredHits = 0;
  let rejected = 0;
  const misses: RoutingMiss[] = [];
  for (const sample of samples) {
    const result = routers.get(sample.business)?.route(sample.text);
    const got = result?.jobId ?? null;
    if (got === sample.expected) {
      if (got === null) rejected++;
      else coveredHits++;
    } else misses.push({ sample, got, confidence: result?.confidence ?? 0 });
  }
  const uncovered = samples.filter((sample) => sample.expected === null).length;
  const covered = samples.length - uncovered;
  return {
    covered,
    uncovered,
    top1Accuracy: coveredHits / covered,
    rejectionRate: rejected / uncovered,
    misses,
  };
}
