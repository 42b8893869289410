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

/** How a router answers one sentence of one business (undefined: the business is unknown). */
export type RouteSample = (
  business: string,
  text: string,
) => { jobId: string | null; confidence: number } | undefined;

/** Scores `route` on `samples`: top-1 on the covered sentences, rejection on the others, and every miss. */
export function scoreRouting(samples: readonly RoutingSample[], route: RouteSample): RoutingScore {
  let coveredHits = 0;
  let rejected = 0;
  const misses: RoutingMiss[] = [];
  for (const sample of samples) {
    const result = route(sample.business, sample.text);
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

/** Routes each sentence with the router of its business, made from that business's jobs. */
export function routeByBusiness(
  samples: readonly RoutingSample[],
  businesses: readonly { id: string; jobs: Parameters<typeof createRouter>[0] }[],
  options: RouteOptions = {},
): RoutingScore {
  const routers = new Map(businesses.map((business) => [business.id, createRouter(business.jobs, options)]));
  return scoreRouting(samples, (business, text) => routers.get(business)?.route(text));
}

/** Routes every sentence against its business's jobs (the whole dataset unless `samples` is given). */
export function evaluateRouting(
  options: RouteOptions = {},
  samples: readonly RoutingSample[] = ROUTING_SAMPLES,
): RoutingScore {
  return routeByBusiness(samples, BUSINESSES, options);
}
