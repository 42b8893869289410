import { DesignerError, isDesignerError } from '../errors';
import type { FetchLike, Timers } from './options';
import { errorFromBody, ROUTES, type RouteName, versionTag } from './protocol';
import { type QueryParams, routeUrl } from './url';

/** The message of every failure to reach the server, whatever the cause (offline, timeout, broken proxy). */
export const UNAVAILABLE_MESSAGE = 'The server could not be reached. Your work is kept: try again.';

/** A fresh `UNAVAILABLE` error; the cause is kept for debugging. */
export function unavailable(cause?: unknown): DesignerError {
  const error = new DesignerError('UNAVAILABLE', UNAVAILABLE_MESSAGE);
  if (cause !== undefined) Object.defineProperty(error, 'cause', { value: cause, configurable: true });
  return error;
}

/**
 * `promise`, or a rejection as soon as `signal` aborts: a `fetch` stand-in (a test handler, a polyfill) may ignore
 * the signal, and a timeout must fire all the same.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** What `send` needs to reach one route. */
export interface RequestSpec {
  params?: Record<string, string | number>;
  query?: QueryParams;
  /** Sent as JSON when present. */
  body?: unknown;
  /** The version the caller last saw, sent as `If-Match`. */
  expectedVersion?: number;
}

/** The settings every request shares. */
export interface RequestContext {
  baseUrl: string;
  getToken: () => string | null | Promise<string | null>;
  fetch: FetchLike;
  timers: Timers;
  timeoutMs: number;
}

/** The `Authorization` header value, or null; a failing `getToken` is a failure to reach the server. */
export async function authorization(getToken: RequestContext['getToken']): Promise<string | null> {
  let token: string | null;
  try {
    token = await getToken();
  } catch (error) {
    throw isDesignerError(error) ? error : unavailable(error);
  }
  return token ? `Bearer ${token}` : null;
}

function serialize(body: unknown): string {
  try {
    const text = JSON.stringify(body);
    // `undefined`, a function or a symbol has no JSON form: the server would see no body at all.
    if (text === undefined) throw new TypeError('No JSON form.');
    return text;
  } catch (error) {
    // A cycle or a BigInt: the input is wrong, not the network.
    const message = `This cannot be sent to the server: ${error instanceof Error ? error.message : String(error)}`;
    throw new DesignerError('VALIDATION', message, { problems: [{ path: '$', message }] });
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Sends one request and returns the response's JSON (undefined for 204). Rejects only with a `DesignerError`: the
 * server's own error rebuilt by `errorFromBody`, or `UNAVAILABLE` when the server could not be reached, did not
 * answer in time or answered something that is not ours.
 */
export async function send(
  context: RequestContext,
  route: RouteName,
  spec: RequestSpec = {},
): Promise<unknown> {
  const auth = await authorization(context.getToken);
  const body = spec.body === undefined ? undefined : serialize(spec.body);

  const controller = new AbortController();
  const timer = context.timers.setTimeout(() => controller.abort(), context.timeoutMs);
  try {
    let response: Response;
    let text: string;
    try {
      // Built in here: a token with a line break or an unparseable base URL throws a TypeError.
      const headers = new Headers({ Accept: 'application/json' });
      if (auth) headers.set('Authorization', auth);
      if (spec.expectedVersion !== undefined) headers.set('If-Match', versionTag(spec.expectedVersion));
      if (body !== undefined) headers.set('Content-Type', 'application/json');
      const request = new Request(routeUrl(context.baseUrl, route, spec.params, spec.query), {
        method: ROUTES[route].method,
        headers,
        body,
        signal: controller.signal,
      });
      response = await abortable(Promise.resolve(context.fetch(request)), controller.signal);
      // Read inside the timeout too: a server may send headers and then stall.
      text = response.status === 204 ? '' : await abortable(response.text(), controller.signal);
    } catch (error) {
      throw unavailable(error);
    }
    if (response.ok) {
      if (response.status === 204 || text === '') return undefined;
      const parsed = parseJson(text);
      // A 200 that is not JSON comes from something in between (a captive portal, a misrouted proxy).
      if (!parsed.ok) throw unavailable();
      return parsed.value;
    }
    const parsed = parseJson(text);
    throw errorFromBody(response.status, parsed.ok ? parsed.value : undefined);
  } finally {
    context.timers.clearTimeout(timer);
  }
}
