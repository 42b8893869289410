// A Node host of the reference backend, compiled with `module: node16`, `skipLibCheck: false` and only Node's types
// (no DOM): no error, and no import silently typed `any`.
import type { DesignerAdapter } from '@sona-designer/core';
import { createHttpAdapter, type HttpAdapter } from '@sona-designer/core/http';
import {
  type Caller,
  createServer,
  createTokenAuthenticator,
  type ServerOptions,
  type SonaServer,
  type Store,
} from '@sona-designer/server';

type IsAny<T> = 0 extends 1 & T ? true : false;
type NotAny<T> = IsAny<T> extends true ? never : true;

export const typed: NotAny<typeof createServer> &
  NotAny<typeof createTokenAuthenticator> &
  NotAny<typeof createHttpAdapter> &
  NotAny<ServerOptions['authenticate']> &
  NotAny<SonaServer['store']> &
  NotAny<Store> &
  NotAny<Caller['role']> = true;

const tokens = createTokenAuthenticator({
  secret: process.env.SONA_JWT_SECRET ?? 'a-secret-of-16-chars-or-more',
});

/** The host's own sessions in front of the signed tokens: a header names a trusted service account. */
async function authenticate(request: Request): Promise<Caller | null> {
  if (request.headers.get('x-service') === 'importer') {
    return { workspaceId: 'acme', userId: 'importer', role: 'editor' };
  }
  return tokens.authenticate(request);
}

export async function start(): Promise<{ server: SonaServer; adapter: HttpAdapter }> {
  const server = await createServer({
    database: process.env.DATABASE_URL ?? 'memory://',
    authenticate,
    cors: { origins: ['https://app.example.com'] },
    onError: (error) => console.error(error),
  });
  const { url } = await server.listen(0);
  const token = await tokens.sign(
    { workspaceId: 'acme', userId: 'ada', role: 'editor' },
    { expiresIn: '1h' },
  );
  const adapter = createHttpAdapter({ baseUrl: url, getToken: () => token });
  const asAdapter: DesignerAdapter = adapter;
  await asAdapter.listJobs();
  return { server, adapter };
}
