import { openApiDocument } from './openapi';
import type { RouteDefinition } from './route';

/** `GET /v1/openapi.json`, public: the document is built on first request and kept by this server. */
export function metaRoutes() {
  let document: string | undefined;
  return {
    openapi: {
      access: 'public',
      handle: () => {
        document ??= JSON.stringify(openApiDocument());
        return new Response(document, {
          status: 200,
          headers: { 'Content-Type': 'application/json; charset=utf-8' },
        });
      },
    },
  } satisfies Record<string, RouteDefinition>;
}
