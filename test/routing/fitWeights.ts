import { createWeightedRouter, type RouteOptions } from '../../packages/core/src/routing/routeIntent';
import type { RoutingWeights } from '../../packages/core/src/routing/routingWeights';
import { BUSINESSES, type RoutingBusiness } from './businesses';
import { FIFTH_BUSINESSES } from './businessesFifth';
import { FOURTH_BUSINESSES } from './businessesFourth';
import { ROUTING_SAMPLES, type RoutingSample } from './dataset';
import { FIFTH_DEV_SAMPLES } from './devFifth';
import { FOURTH_DEV_SAMPLES } from './devFourth';
import { type RoutingScore, scoreRouting } from './evaluate';
import { HELD_OUT_SAMPLES } from './heldOut';
import { SECOND_HELD_OUT_SAMPLES } from './heldOutSecond';

/** A set the weights are fitted on, and how much it counts in the objective. */
export interface DevelopmentSet {
  readonly name: string;
  readonly samples: readonly RoutingSample[];
  readonly businesses: readonly RoutingBusiness[];
  readonly weight: number;
}

/**
 * The sets the fit may see. The first and second held-out sets were read miss by miss in earlier tuning rounds, so
 * they are development sets by now; the third held-out set is not among them and must never be.
 */
export const DEVELOPMENT_SETS: readonly DevelopmentSet[] = [
  { name: 'main', samples: ROUTING_SAMPLES, businesses: BUSINESSES, weight: 1 },
  { name: 'first held-out', samples: HELD_OUT_SAMPLES, businesses: BUSINESSES, weight: 1 },
  { name: 'second held-out', samples: SECOND_HELD_OUT_SAMPLES, businesses: BUSINESSES, weight: 1 },
  { name: 'fourth', samples: FOURTH_DEV_SAMPLES, businesses: FOURTH_BUSINESSES, weight: 1 },
  // Written by someone who had not seen the router, and fitted on only once: the closest to unseen businesses.
  { name: 'fifth', samples: FIFTH_DEV_SAMPLES, businesses: FIFTH_BUSINESSES, weight: 2 },
];

/** Scores `weights` on one set. */
export function scoreWithWeights(
  set: DevelopmentSet,
  weights: RoutingWeights,
  options: RouteOptions = {},
): RoutingScore {
  const routers = new Map(
    set.businesses.map((business) => [business.id, createWeightedRouter(business.jobs, options, weights)]),
  );
  return scoreRouting(set.samples, (business, text) => routers.get(business)?.route(text));
}

/** The mean of top-1 and rejection: a router that answers every call or none scores half. */
function balanced(score: RoutingScore): number {
  return (score.top1Accuracy + score.rejectionRate) / 2;
}

/** How far a set may fall below where the search started, on either figure. */
export const MAX_LOSS = 0.02;
const FACTORS = [0, 0.25, 0.5, 0.75, 0.9, 1.1, 1.25, 1.5, 2, 3];

/**
 * Coordinate search from `start`: each weight in turn is multiplied by a few factors and the best kept, for `rounds`
 * rounds. The objective is the weighted mean of each set's balanced score; a candidate that scores any set more than
 * two points of top-1 or of rejection below `guard` (the weights the router had before) is refused.
 */
export function fitRoutingWeights(
  start: RoutingWeights,
  guard: RoutingWeights = start,
  sets: readonly DevelopmentSet[] = DEVELOPMENT_SETS,
  rounds = 3,
): { weights: RoutingWeights; objective: number } {
  const baseline = sets.map((set) => scoreWithWeights(set, guard));
  const objective = (weights: RoutingWeights): number => {
    let total = 0;
    for (const [i, set] of sets.entries()) {
      const score = scoreWithWeights(set, weights);
      const before = baseline[i] as RoutingScore;
      if (
        score.top1Accuracy < before.top1Accuracy - MAX_LOSS ||
        score.rejectionRate < before.rejectionRate - MAX_LOSS
      )
        return -1;
      total += set.weight * balanced(score);
    }
    return total;
  };
  let weights = { ...start };
  let best = objective(weights);
  for (let round = 0; round < rounds; round++) {
    for (const key of Object.keys(start) as (keyof RoutingWeights)[]) {
      const base = weights[key];
      for (const factor of FACTORS) {
        const candidate = { ...weights, [key]: base * factor };
        const value = objective(candidate);
        if (value > best + 1e-9) [weights, best] = [candidate, value];
      }
    }
  }
  return { weights, objective: best };
}
