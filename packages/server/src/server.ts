import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createApp } from './http/app';
import type { Caller } from './http/caller';
import type { Store } from './store/types';

/** Options of `createServer`. Only `database` and `authenticate` are required. */
export interface ServerOptions {
  /**
   * Where the data lives: `memory://` (embedded PGlite in memory), a folder (embedded PGlite on disk) or a
   * `postgres://` URL. Ignored when `store` is given.
   */
  database: string;
  /**
   * Who is calling: the host checks the request (a bearer token, a cookie…) and returns the caller, or null when it
   * is not signed in (401). See `createTokenAuthenticator` for signed tokens.
   */
  authenticate: (request: Request) => Caller | null | Promise<Caller | null>;
  /** Browsers on these origins may call the API (`'*'`: any). Without it no CORS headers are sent. */
  cors?: { origins: string[] | '*' };
  /** Largest request body, 1 MB by default (413 beyond, before anything is parsed). */
  maxBodyBytes?: number;
  /** Largest body of `POST /v1/import`, 50 MB by default. */
  maxImportBytes?: number;
  /** Interval of the heartbeat comments on open event streams, 15 s by default. */
  heartbeatMs?: number;
  /** How many change events each workspace keeps for clients that reconnect (10,000 by default). */
  eventRetention?: number;
  /** Clock for the records' timestamps. */
  now?: () => Date;
  /** A store to use instead of opening `database` (tests, or a host's own). `close()` closes it too. */
  store?: Store;
  /** Called with every unexpected error (a 500, a broken event stream), to log it; nothing of it reaches callers. */
  onError?: (error: unknown) => void;
}

/** A running API: call `fetch` in process, or `listen` on a port; `close` when done. */
export interface SonaServer {
  /** Answers one request (what `listen` serves; tests call it directly). */
  fetch(request: Request): Promise<Response>;
  /** Starts listening (port 8787 and 127.0.0.1 by default; port 0 picks a free port). */
  listen(port?: number, hostname?: string): Promise<{ port: number; url: string }>;
  /** Ends the open event streams, stops listening and closes the store. */
  close(): Promise<void>;
  /** The store behind the API. */
  readonly store: Store;
}

const MB = 1024 * 1024;

/** Opens `options.database`; loaded on demand, so a server given a `store` never loads the database drivers. */
async function openDatabase(options: ServerOptions): Promise<Store> {
  const { openStore } = await import('./store/index');
  return openStore(options.database, {
    ...(options.now ? { now: options.now } : {}),
    ...(options.eventRetention !== undefined ? { eventRetention: options.eventRetention } : {}),
  });
}

/** Prints unexpected errors to stderr when the host gives no `onError`. */
function logToConsole(error: unknown): void {
  console.error('[sona-designer/server]', error);
}

/**
 * The HTTP API of Sona Designer (every route of `ROUTES` from `@sona-designer/core/http`) over a store: authentication
 * and roles through `authenticate`, versions as `ETag` / `If-Match`, errors as `ErrorBody`, and the change feed as
 * Server-Sent Events. Everything lives in the returned server, so several can run in one process.
 */
export async function createServer(options: ServerOptions): Promise<SonaServer> {
  const store = options.store ?? (await openDatabase(options));
  const onError = options.onError ?? logToConsole;
  const openStreams = new Set<() => void>();
  let closing = false;
  let closed: Promise<void> | undefined;

  const app = createApp({
    store,
    authenticate: options.authenticate,
    ...(options.cors ? { cors: options.cors } : {}),
    maxBodyBytes: options.maxBodyBytes ?? MB,
    maxImportBytes: options.maxImportBytes ?? 50 * MB,
    heartbeatMs: options.heartbeatMs ?? 15_000,
    onError,
    openStreams,
    closing: () => closing,
  });
  const fetch = async (request: Request): Promise<Response> => app.fetch(request);
  let http: ReturnType<typeof createAdaptorServer> | undefined;

  async function listen(port = 8787, hostname = '127.0.0.1'): Promise<{ port: number; url: string }> {
    if (http) throw new Error('This server is already listening.');
    if (closing) throw new Error('This server is closed.');
    const server = createAdaptorServer({ fetch, port, hostname });
    http = server;
    await new Promise<void>((resolve, reject) => {
      const failed = (error: Error) => {
        http = undefined;
        reject(error);
      };
      server.once('error', failed);
      server.listen(port, hostname, () => {
        server.off('error', failed);
        resolve();
      });
    });
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return { port: address.port, url: `http://${host}:${address.port}` };
  }

  async function shutDown(): Promise<void> {
    closing = true;
    for (const close of [...openStreams]) close();
    const server = http;
    http = undefined;
    if (server && 'closeIdleConnections' in server) {
      await new Promise<void>((resolve) => {
        // Connections become idle as their last response ends (the event streams just closed): drop them as they do.
        const idle = setInterval(() => server.closeIdleConnections(), 20);
        // Requests still running get a moment to finish; then their connections are cut.
        const cut = setTimeout(() => server.closeAllConnections(), 2000);
        server.close(() => {
          clearInterval(idle);
          clearTimeout(cut);
          resolve();
        });
        server.closeIdleConnections();
      });
    }
    await store.close();
  }

  return {
    fetch,
    listen,
    close: () => {
      closed ??= shutDown();
      return closed;
    },
    store,
  };
}
