import type { DesignerAdapter } from '../adapter/types';

/** The state of the live-updates connection, for a UI to show (e.g. "Live" or "Reconnecting…"). */
export type LiveStatus = 'connecting' | 'open' | 'reconnecting' | 'closed' | 'forbidden';

/** A clock to wait on: the globals by default; tests pass a fake one to step through back-offs without sleeping. */
export interface Timers {
  setTimeout(callback: () => void, milliseconds: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * How requests reach the server: always called with one `Request`, so a server's own `fetch(request)` handler (a
 * Hono app's `app.fetch`, a test double) can stand in for the network.
 */
export type FetchLike = (request: Request) => Response | Promise<Response>;

/** How the live-updates connection retries after it drops. */
export interface ReconnectOptions {
  /** The first delay, unless the server sent `retry:`; 1000 ms by default. */
  initialDelayMs?: number;
  /** The longest delay; 30 000 ms by default. */
  maxDelayMs?: number;
  /** A number in [0, 1) that spreads the delays of many clients; `Math.random` by default. */
  random?: () => number;
}

/** What `createHttpAdapter` needs. */
export interface HttpAdapterOptions {
  /** The server's origin, with or without a trailing slash, e.g. `http://localhost:8787`. */
  baseUrl: string;
  /** The bearer token, read before every request (so a refreshed token is used at once); null sends none. */
  getToken: () => string | null | Promise<string | null>;
  /** `globalThis.fetch` by default; always called with one `Request`. */
  fetch?: FetchLike;
  /** `setTimeout` / `clearTimeout` of the global scope by default. */
  timers?: Timers;
  /** How long a request may take before it fails with `UNAVAILABLE`; 30 000 ms by default. */
  timeoutMs?: number;
  /** How the live-updates connection waits before reconnecting; see `ReconnectOptions` for the defaults. */
  reconnect?: ReconnectOptions;
  /** Called whenever the live-updates connection changes state. */
  onStatus?: (status: LiveStatus) => void;
}

/** A `DesignerAdapter` over HTTP. */
export interface HttpAdapter extends DesignerAdapter {
  /** Drops the live-updates connection and every subscription (requests keep working). */
  close(): void;
}
