import type { KnowledgeInput, KnowledgePatch } from '@sona-designer/core';
import { jsonResponse } from './errors';
import { listKnowledgeQuery } from './query';
import type { RouteDefinition } from './route';
import { etagHeaders, expectedVersion } from './versions';

/** The knowledge page routes. Bodies go to the store as sent: it validates them with the core's schemas. */
export const knowledgeRoutes = {
  listKnowledge: {
    access: 'signed-in',
    handle: async ({ workspace, url }) =>
      jsonResponse(await workspace.listKnowledge(listKnowledgeQuery(url)), 200),
  },
  createKnowledge: {
    access: 'signed-in',
    body: 'json',
    handle: async ({ workspace, body }) => {
      const page = await workspace.createKnowledge(body as KnowledgeInput);
      return jsonResponse(page, 201, {
        ...etagHeaders(page),
        Location: `/v1/knowledge/${encodeURIComponent(page.id)}`,
      });
    },
  },
  getKnowledge: {
    access: 'signed-in',
    handle: async ({ workspace, params }) => {
      const page = await workspace.getKnowledge(params.id ?? '');
      return jsonResponse(page, 200, etagHeaders(page));
    },
  },
  updateKnowledge: {
    access: 'signed-in',
    body: 'json',
    handle: async ({ workspace, params, body, request }) => {
      const page = await workspace.updateKnowledge(
        params.id ?? '',
        body as KnowledgePatch,
        expectedVersion(request),
      );
      return jsonResponse(page, 200, etagHeaders(page));
    },
  },
  deleteKnowledge: {
    access: 'signed-in',
    handle: async ({ workspace, params, request }) => {
      await workspace.deleteKnowledge(params.id ?? '', expectedVersion(request));
      return new Response(null, { status: 204 });
    },
  },
  getKnowledgeUsage: {
    access: 'signed-in',
    handle: async ({ workspace, params }) =>
      jsonResponse(await workspace.getKnowledgeUsage(params.id ?? ''), 200),
  },
} satisfies Record<string, RouteDefinition>;
