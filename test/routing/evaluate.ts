import { createRouter, type RouteOptions } from '../../packages/core/src/routing/index';
import { BUSINESSES, ROUTING_SAMPLES, type RoutingSample } from './dataset';

export interface RoutingMiss {
  readonly sample: RoutingSample;
  readonly got: string | null;
  readonly confidence: number;
}

export interface RoutingScore {
  readonly covered: number;
  readonly uncovered: number;
  /** Share of covered sentences routed to the expected job. */
  readonly top1Accuracy: number;
  /** Share of uncovered sentences routed to no job. */
  readonly rejectionRate: number;
  readonly misses: readonly RoutingMiss[];
}

/** Routes every sentence against its business's jobs (the whole dataset unless `samples` is given). */
export function evaluateRouting(
  options: RouteOptions = {},
  samples: readonly RoutingSample[] = ROUTING_SAMPLES,
): RoutingScore {
  const routers = new Map(BUSINESSES.map((business) => [business.id, createRouter(business.jobs, options)]));
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
