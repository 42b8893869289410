import type { TestCaseInput, TestCasePatch } from '@sona-designer/core';
import { jsonResponse } from './errors';
import type { RouteDefinition } from './route';
import { etagHeaders, expectedVersion } from './versions';

/** The test case routes: each call flow's saved tests. Bodies go to the store as sent: it validates them. */
export const testCaseRoutes = {
  listTestCases: {
    access: 'signed-in',
    handle: async ({ workspace, params }) =>
      jsonResponse(await workspace.listTestCases(params.id ?? ''), 200),
  },
  createTestCase: {
    access: 'signed-in',
    body: 'json',
    handle: async ({ workspace, body }) => {
      const test = await workspace.createTestCase(body as TestCaseInput);
      return jsonResponse(test, 201, {
        ...etagHeaders(test),
        Location: `/v1/test-cases/${encodeURIComponent(test.id)}`,
      });
    },
  },
  updateTestCase: {
    access: 'signed-in',
    body: 'json',
    handle: async ({ workspace, params, body, request }) => {
      const test = await workspace.updateTestCase(
        params.id ?? '',
        body as TestCasePatch,
        expectedVersion(request),
      );
      return jsonResponse(test, 200, etagHeaders(test));
    },
  },
  deleteTestCase: {
    access: 'signed-in',
    handle: async ({ workspace, params, request }) => {
      await workspace.deleteTestCase(params.id ?? '', expectedVersion(request));
      return new Response(null, { status: 204 });
    },
  },
} satisfies Record<string, RouteDefinition>;
