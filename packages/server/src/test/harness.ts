import type { Caller } from '../http/caller';
import { createServer, type ServerOptions, type SonaServer } from '../server';
import { createMemoryStore, type MemoryStore, type MemoryStoreOptions } from './memoryStore';

/** The base URL of in-process requests. */
export const BASE = 'http://test';

/**
 * A stand-in for a host's `authenticate`: `Authorization: Bearer <role>:<workspace>:<user>`. Real tokens are tested
 * with `createTokenAuthenticator`.
 */
export function fakeAuthenticate(request: Request): Caller | null {
  const match = /^Bearer (editor|viewer):([^:]+):(.+)$/.exec(request.headers.get('Authorization') ?? '');
  if (!match) return null;
  return { role: match[1] as Caller['role'], workspaceId: match[2] as string, userId: match[3] as string };
}

/** The header of a fake token. */
export function as(role: Caller['role'], workspaceId = 'ws-a', userId = 'user-1'): Record<string, string> {
  return { Authorization: `Bearer ${role}:${workspaceId}:${userId}` };
}

/** A server over a fresh memory store with the fake authentication. */
export async function testServer(
  options: Partial<ServerOptions> & { memory?: MemoryStoreOptions } = {},
): Promise<{ server: SonaServer; store: MemoryStore; errors: unknown[] }> {
  const store = createMemoryStore(options.memory);
  const errors: unknown[] = [];
  const server = await createServer({
    database: 'memory://',
    authenticate: fakeAuthenticate,
    store,
    onError: (error) => errors.push(error),
    ...options,
  });
  return { server, store, errors };
}

/** One in-process request with a JSON body (when given) and the headers given. */
export function call(
  server: SonaServer,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: unknown; rawBody?: BodyInit } = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  let body: BodyInit | undefined = init.rawBody;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers.set('Content-Type', 'application/json');
  }
  return server.fetch(new Request(`${BASE}${path}`, { method, headers, body }));
}

/** A valid job input. */
export function jobInput(name = 'Take a message'): { name: string; instructions: string } {
  return { name, instructions: '1. Ask for their name.\n2. Ask for their number.' };
}
