import { demoWorkspace } from '@sona-designer/core/demo';
import { createHttpAdapter } from '@sona-designer/core/http';
import { exportWorkspace } from '@sona-designer/core/io';
import type { DemoWorkspace } from '../demoAdapter';
import type { ServerConfig } from './serverConfig';

/** Who the server says the demo is signed in as (`GET /v1/session`). */
interface Session {
  workspaceId: string;
  userId: string;
  role: 'editor' | 'viewer';
}

async function readSession(config: ServerConfig): Promise<Session> {
  const response = await fetch(`${config.baseUrl}/v1/session`, {
    headers: { authorization: `Bearer ${config.token}` },
  });
  if (!response.ok) {
    throw new Error(
      response.status === 401
        ? 'The server refused the token: start the demo with `pnpm demo:server` or pass ?token=.'
        : `The server answered ${response.status}.`,
    );
  }
  return (await response.json()) as Session;
}

/**
 * The demo on a `@sona-designer/server`: every tab and browser signed in to the same workspace sees the others'
 * edits through the server's change feed, and a stale save meets the server's CONFLICT. A viewer's token makes the
 * designer read-only (the server refuses its writes anyway).
 */
export async function openServerWorkspace(config: ServerConfig): Promise<DemoWorkspace> {
  const session = await readSession(config);
  const adapter = createHttpAdapter({ baseUrl: config.baseUrl, getToken: () => config.token });
  let imports = 0;
  return {
    adapter: {
      ...adapter,
      async importWorkspace(document, options) {
        imports += 1;
        try {
          return await adapter.importWorkspace(document, options);
        } finally {
          imports -= 1;
        }
      },
    },
    backend: {
      kind: 'server',
      host: new URL(config.baseUrl).host,
      role: session.role,
      userId: session.userId,
    },
    large: false,
    importingHere: () => imports > 0,
    async reset() {
      const seed = {
        jobs: [],
        knowledge: [],
        callFlows: [],
        callSummaries: [],
        testCases: [],
        ...demoWorkspace,
      };
      await adapter.importWorkspace(exportWorkspace(seed), { mode: 'replace' });
    },
    close: () => adapter.close(),
  };
}
