import { type CallFlowInput, DesignerError, type FlowGraph } from '@sona-designer/core';
import { jsonResponse } from './errors';
import type { RouteDefinition } from './route';
import { etagHeaders, expectedVersion } from './versions';

/** `:revision` as a number; anything but a positive whole number names no revision (404). */
function revisionNumber(value: string | undefined): number {
  if (value === undefined || !/^\d{1,15}$/.test(value) || Number(value) < 1) {
    throw new DesignerError('NOT_FOUND', 'This call flow has no such published revision.');
  }
  return Number(value);
}

/** The call flow routes: drafts, publishing and revisions. */
export const callFlowRoutes = {
  listCallFlows: {
    access: 'signed-in',
    handle: async ({ workspace }) => jsonResponse(await workspace.listCallFlows(), 200),
  },
  createCallFlow: {
    access: 'signed-in',
    body: 'json',
    handle: async ({ workspace, body }) => {
      const flow = await workspace.createCallFlow(body as CallFlowInput);
      return jsonResponse(flow, 201, {
        ...etagHeaders(flow),
        Location: `/v1/call-flows/${encodeURIComponent(flow.id)}`,
      });
    },
  },
  getCallFlow: {
    access: 'signed-in',
    handle: async ({ workspace, params }) => {
      const flow = await workspace.getCallFlow(params.id ?? '');
      return jsonResponse(flow, 200, etagHeaders(flow));
    },
  },
  saveDraft: {
    access: 'signed-in',
    body: 'json',
    handle: async ({ workspace, params, body, request }) => {
      const flow = await workspace.saveDraft(params.id ?? '', body as FlowGraph, expectedVersion(request));
      return jsonResponse(flow, 200, etagHeaders(flow));
    },
  },
  publishCallFlow: {
    access: 'signed-in',
    handle: async ({ workspace, params, request }) => {
      const flow = await workspace.publishCallFlow(params.id ?? '', expectedVersion(request));
      return jsonResponse(flow, 200, etagHeaders(flow));
    },
  },
  listRevisions: {
    access: 'signed-in',
    handle: async ({ workspace, params }) =>
      jsonResponse(await workspace.listRevisions(params.id ?? ''), 200),
  },
  restoreRevision: {
    access: 'signed-in',
    handle: async ({ workspace, params, request }) => {
      const version = expectedVersion(request);
      const flow = await workspace.restoreRevision(params.id ?? '', revisionNumber(params.revision), version);
      return jsonResponse(flow, 200, etagHeaders(flow));
    },
  },
} satisfies Record<string, RouteDefinition>;
