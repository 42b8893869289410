import type { RouteOptions } from '../../packages/core/src/routing/index';
import type { RoutingBusiness } from './businesses';
import { FOURTH_BUSINESSES } from './businessesFourth';
import type { RoutingSample } from './dataset';
import { FOURTH_DEV_SAMPLES } from './devFourth';
import { type RoutingScore, routeByBusiness } from './evaluate';

/** Routes the fourth (development) set against the businesses it was written for (businessesFourth.ts). */
export function evaluateFourthDev(
  options: RouteOptions = {},
  samples: readonly RoutingSample[] = FOURTH_DEV_SAMPLES,
  businesses: readonly RoutingBusiness[] = FOURTH_BUSINESSES,
): RoutingScore {
  return routeByBusiness(samples, businesses, options);
}
