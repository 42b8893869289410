// The job router and its language helpers (stemming, synonyms, stop words) in English and French. Its own entry
// point, so validating a graph or rendering a canvas never loads it: hosts import it when they route or simulate.
export { type CallIntent, callIntents, intentsOf } from './intents';
export type { RoutingLocale } from './locale';
export {
  createRouter,
  DEFAULT_ROUTE_THRESHOLD,
  type RankedJob,
  type RoutableJob,
  type RouteOptions,
  type RouteResult,
  routeIntent,
} from './routeIntent';
export { OVERLAP_CLOSENESS, type TriggerOverlap, triggerOverlaps } from './triggerOverlaps';
