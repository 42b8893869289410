import type { JobInput, JobPatch } from '@sona-designer/core';
import { jsonResponse } from './errors';
import { listJobsQuery } from './query';
import type { RouteDefinition } from './route';
import { etagHeaders, expectedVersion } from './versions';

/** The job routes. Bodies go to the store as sent: it validates them with the core's schemas. */
export const jobRoutes = {
  listJobs: {
    access: 'signed-in',
    handle: async ({ workspace, url }) => jsonResponse(await workspace.listJobs(listJobsQuery(url)), 200),
  },
  createJob: {
    access: 'signed-in',
    body: 'json',
    handle: async ({ workspace, body }) => {
      const job = await workspace.createJob(body as JobInput);
      return jsonResponse(job, 201, {
        ...etagHeaders(job),
        Location: `/v1/jobs/${encodeURIComponent(job.id)}`,
      });
    },
  },
  getJob: {
    access: 'signed-in',
    handle: async ({ workspace, params }) => {
      const job = await workspace.getJob(params.id ?? '');
      return jsonResponse(job, 200, etagHeaders(job));
    },
  },
  updateJob: {
    access: 'signed-in',
    body: 'json',
    handle: async ({ workspace, params, body, request }) => {
      const job = await workspace.updateJob(params.id ?? '', body as JobPatch, expectedVersion(request));
      return jsonResponse(job, 200, etagHeaders(job));
    },
  },
  deleteJob: {
    access: 'signed-in',
    handle: async ({ workspace, params, request }) => {
      await workspace.deleteJob(params.id ?? '', expectedVersion(request));
      return new Response(null, { status: 204 });
    },
  },
  getJobUsage: {
    access: 'signed-in',
    handle: async ({ workspace, params }) => jsonResponse(await workspace.getJobUsage(params.id ?? ''), 200),
  },
} satisfies Record<string, RouteDefinition>;
