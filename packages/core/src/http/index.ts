export { createHttpAdapter } from './httpAdapter';
export type {
  FetchLike,
  HttpAdapter,
  HttpAdapterOptions,
  LiveStatus,
  ReconnectOptions,
  Timers,
} from './options';
export {
  API_PREFIX,
  CHANGE_EVENT,
  ERROR_STATUS,
  type ErrorBody,
  errorBody,
  errorFromBody,
  parseVersionTag,
  RELOAD_EVENT,
  ROUTES,
  type RouteName,
  versionTag,
} from './protocol';
