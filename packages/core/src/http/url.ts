import { ROUTES, type RouteName } from './protocol';

/** Query parameters; `undefined` ones are left out. */
export type QueryParams = Record<string, string | number | undefined>;

/**
 * The absolute URL of a route: `baseUrl` (a trailing slash or not) + the route's path with `:id` / `:revision`
 * filled in (encoded, so an id cannot change the path) + the query.
 */
export function routeUrl(
  baseUrl: string,
  route: RouteName,
  params: Record<string, string | number> = {},
  query: QueryParams = {},
): string {
  const path = ROUTES[route].path.replace(/:([a-z]+)/gi, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} of ${route}.`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) search.set(name, String(value));
  }
  const queryString = search.toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${queryString ? `?${queryString}` : ''}`;
}
