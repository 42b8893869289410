import { JOB_TEXT_FIELDS, type Job, type JobInput, JobSchema, type JobTextField } from '@sona-designer/core';
import type { RecordKind } from '../records';

/** Jobs for the records kit: the four text fields, and how the adapter and the workspace cache store a job. */
export const jobKind: RecordKind<Job, JobTextField, Partial<JobInput>> = {
  fields: JOB_TEXT_FIELDS,
  nameOf: (job) => job.name,
  readStored(value) {
    const parsed = JobSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  },
  events: { created: 'job-created', updated: 'job-updated', deleted: 'job-deleted' },
  get: (adapter, id) => adapter.getJob(id),
  list: (adapter, query) => adapter.listJobs(query),
  create: (adapter, values, initial) =>
    adapter.createJob({ ...values, ...(initial?.templateId ? { templateId: initial.templateId } : {}) }),
  update: (adapter, job, patch) => adapter.updateJob(job.id, patch, job.version),
  remove: (adapter, id, version) => adapter.deleteJob(id, version),
  usage: (adapter, id) => adapter.getJobUsage(id),
  remember: (workspace, job) => workspace.getState().putJob(job),
  usageOf: (state, id) => state.jobUsage[id],
  ensureUsage: (workspace, ids) => workspace.getState().ensureJobUsage(ids),
};
