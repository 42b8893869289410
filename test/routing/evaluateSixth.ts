import type { RouteOptions } from '../../packages/core/src/routing/index';
import type { RoutingBusiness } from './businesses';
import { SIXTH_BUSINESSES } from './businessesSixth';
import type { RoutingSample } from './dataset';
import { SIXTH_DEV_SAMPLES } from './devSixth';
import { type RoutingScore, routeByBusiness } from './evaluate';

/**
 * Routes the sixth set against the businesses it was written for (businessesSixth.ts). It validates what was fitted
 * on the other sets: no weight is fitted on it and none of its sentences is read to tune the router.
 */
export function evaluateSixthValidation(
  options: RouteOptions = {},
  samples: readonly RoutingSample[] = SIXTH_DEV_SAMPLES,
  businesses: readonly RoutingBusiness[] = SIXTH_BUSINESSES,
): RoutingScore {
  return routeByBusiness(samples, businesses, options);
}
