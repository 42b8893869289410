import { jsonResponse } from './errors';
import { importMode, templateLocale } from './query';
import type { RouteDefinition } from './route';

/** The workspace-wide routes: templates, export, import and who the caller is. */
export const workspaceRoutes = {
  listTemplates: {
    access: 'signed-in',
    handle: async ({ workspace, url }) =>
      jsonResponse(await workspace.listTemplates(templateLocale(url)), 200),
  },
  exportWorkspace: {
    access: 'signed-in',
    handle: async ({ workspace }) => jsonResponse(await workspace.exportWorkspace(), 200),
  },
  importWorkspace: {
    access: 'signed-in',
    body: 'document',
    handle: async ({ workspace, body, url }) =>
      jsonResponse(await workspace.importWorkspace(body, { mode: importMode(url) }), 200),
  },
  session: {
    access: 'signed-in',
    handle: ({ caller }) =>
      jsonResponse({ workspaceId: caller.workspaceId, userId: caller.userId, role: caller.role }, 200),
  },
  health: {
    access: 'public',
    handle: () => jsonResponse({ status: 'ok' }, 200),
  },
} satisfies Record<string, RouteDefinition>;
