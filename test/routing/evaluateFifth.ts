import type { RouteOptions } from '../../packages/core/src/routing/index';
import type { RoutingBusiness } from './businesses';
import { FIFTH_BUSINESSES } from './businessesFifth';
import type { RoutingSample } from './dataset';
import { FIFTH_DEV_SAMPLES } from './devFifth';
import { type RoutingScore, routeByBusiness } from './evaluate';

/** Routes the fifth (development) set against the businesses it was written for (businessesFifth.ts). */
export function evaluateFifthDev(
  options: RouteOptions = {},
  samples: readonly RoutingSample[] = FIFTH_DEV_SAMPLES,
  businesses: readonly RoutingBusiness[] = FIFTH_BUSINESSES,
): RoutingScore {
  return routeByBusiness(samples, businesses, options);
}
