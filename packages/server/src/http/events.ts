import type { Store } from '../store/types';
import { requestError, shuttingDown } from './errors';
import { openEventStream } from './eventStream';
import type { RouteDefinition } from './route';

/** What the change feed route needs from the server. */
export interface EventRouteOptions {
  store: Store;
  heartbeatMs: number;
  onError: (error: unknown) => void;
  /** The server's open streams, ended by `close()`. */
  open: Set<() => void>;
  /** True once the server is closing: new streams are refused. */
  closing: () => boolean;
}

/**
 * Where the client resumes: the `Last-Event-ID` header (what `EventSource` sends when it reconnects) or the
 * `lastEventId` query parameter; undefined when neither is set. Anything but a sequence number is a 400.
 */
function resumePoint(request: Request, url: URL): number | undefined {
  const value = request.headers.get('Last-Event-ID') ?? url.searchParams.get('lastEventId');
  if (value === null || value.trim() === '') return undefined;
  if (!/^\d{1,15}$/.test(value.trim())) {
    throw requestError(400, 'Last-Event-ID must be the id of an event this server sent (a whole number).');
  }
  return Number(value.trim());
}

/** `GET /v1/events`: the workspace's change feed as Server-Sent Events. */
export function eventRoutes(options: EventRouteOptions) {
  return {
    events: {
      access: 'signed-in',
      handle: async ({ request, url, caller }) => {
        const workspaceId = caller.workspaceId;
        const after =
          resumePoint(request, url) ?? (await options.store.readEvents(workspaceId, 0, 1)).lastSeq;
        if (options.closing()) throw shuttingDown();
        const stream = openEventStream({
          store: options.store,
          workspaceId,
          after,
          heartbeatMs: options.heartbeatMs,
          onError: options.onError,
          open: options.open,
        });
        return new Response(stream, {
          status: 200,
          headers: {
            'Content-Type': 'text/event-stream; charset=utf-8',
            'Cache-Control': 'no-store',
            'X-Accel-Buffering': 'no',
          },
        });
      },
    },
  } satisfies Record<string, RouteDefinition>;
}
