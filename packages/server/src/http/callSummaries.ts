import type { CallSummaryInput } from '@sona-designer/core';
import { jsonResponse } from './errors';
import { callSummaryFilter } from './query';
import type { RouteDefinition } from './route';

/** The call summary routes: the summaries of simulated (or real) calls, newest first. */
export const callSummaryRoutes = {
  listCallSummaries: {
    access: 'signed-in',
    handle: async ({ workspace, url }) =>
      jsonResponse(await workspace.listCallSummaries(callSummaryFilter(url)), 200),
  },
  recordCallSummary: {
    access: 'signed-in',
    body: 'json',
    handle: async ({ workspace, body }) =>
      jsonResponse(await workspace.recordCallSummary(body as CallSummaryInput), 201),
  },
} satisfies Record<string, RouteDefinition>;
