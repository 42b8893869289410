export {
  createRouter,
  DEFAULT_ROUTE_THRESHOLD,
  type RankedJob,
  type RoutableJob,
  type RouteOptions,
  type RouteResult,
  routeIntent,
} from '../simulator/routeIntent';
export type { RoutingLocale } from '../simulator/stemmer';
export { OVERLAP_CLOSENESS, type TriggerOverlap, triggerOverlaps } from '../simulator/triggerOverlaps';
