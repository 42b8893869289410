import type { ImportMode, ImportOutcome, WorkspaceExport } from '../io/types';
import type { CallFlow, CallFlowInput, CallFlowSummaryRow, Revision } from '../model/callFlow';
import type { CallOutcome, CallSummary, CallSummaryInput } from '../model/callSummary';
import type { FlowGraph } from '../model/graph';
import type { Job, JobInput, JobPatch } from '../model/job';
import type { KnowledgeInput, KnowledgePage, KnowledgePatch } from '../model/knowledge';
import type { TestCase, TestCaseInput, TestCasePatch } from '../model/testCase';
import type { UsagePlace } from '../rules/jobUsage';
import type { JobTemplate, TemplateLocale } from '../templates/types';

/** One page of a list; pass `nextCursor` back as `cursor` for the next page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** How many items match the query in all pages. */
  total: number;
}

/** `usage`: most used first (Sona steps in drafts and published flows), then by name. */
export type JobSort = 'name' | 'updated' | 'created' | 'usage';

/** What `DesignerAdapter.listJobs` filters, sorts and pages by; everything is optional. */
export interface ListJobsQuery {
  /** Matches name, description and trigger, ignoring case and accents. */
  query?: string;
  cursor?: string;
  /** Page size, 50 by default, at most 500. */
  limit?: number;
  sort?: JobSort;
  /** Only these ids (e.g. to load the jobs attached to a step in one call). */
  ids?: string[];
}

/**
 * What `DesignerAdapter.listKnowledge` filters and pages by, all optional: `query` matches the title
 * (ignoring case and accents), `cursor` and `limit` page as in `ListJobsQuery`, `ids` keeps only those pages.
 */
export interface ListKnowledgeQuery {
  query?: string;
  cursor?: string;
  limit?: number;
  ids?: string[];
}

/**
 * What `DesignerAdapter.listCallSummaries` filters and pages by; everything is optional, newest calls first.
 */
export interface CallSummaryFilter {
  callFlowId?: string;
  /** The Sona step the call ran on (ids are unique within a call flow). */
  stepId?: string;
  jobId?: string;
  source?: 'draft' | 'published';
  outcome?: CallOutcome;
  cursor?: string;
  limit?: number;
}

/** A change stored by someone (this tab, another tab, a teammate). */
export type ChangeEvent =
  | { type: 'job-created' | 'job-updated'; id: string; version: number }
  | { type: 'job-deleted'; id: string }
  | { type: 'knowledge-created' | 'knowledge-updated'; id: string; version: number }
  | { type: 'knowledge-deleted'; id: string }
  | { type: 'call-flow-created' | 'call-flow-updated' | 'call-flow-published'; id: string; version: number }
  | { type: 'call-summary-recorded'; id: string; callFlowId: string }
  | { type: 'test-case-created' | 'test-case-updated'; id: string; callFlowId: string; version: number }
  | { type: 'test-case-deleted'; id: string; callFlowId: string }
  | { type: 'workspace-imported' };

/** Called with each change stored by anyone, once subscribed with `DesignerAdapter.subscribe`. */
export type ChangeListener = (event: ChangeEvent) => void;

/**
 * The boundary between the designer and a backend. A host implements it against its own API;
 * `createInMemoryAdapter` is the reference implementation, and `@sona-designer/core/testing`
 * checks any implementation against the contract.
 *
 * Every method may reject with a `DesignerError`: `VALIDATION`, `JOB_LIMIT`, `CONFLICT`, `NOT_FOUND`,
 * `IN_USE`, `INVALID_GRAPH` or `UNAVAILABLE`. Writes take the version the caller last saw and fail with
 * `CONFLICT` (changing nothing) when someone else wrote in between.
 */
export interface DesignerAdapter {
  listJobs(query?: ListJobsQuery): Promise<Page<Job>>;
  getJob(id: string): Promise<Job>;
  createJob(input: JobInput): Promise<Job>;
  /** Live: the change applies at once to every Sona step using the job. */
  updateJob(id: string, patch: JobPatch, expectedVersion: number): Promise<Job>;
  /** Fails with `IN_USE` while a draft or published flow uses the job. */
  deleteJob(id: string, expectedVersion: number): Promise<void>;
  /** Every place (draft or published) that uses the job. */
  getJobUsage(id: string): Promise<UsagePlace[]>;
  listTemplates(locale: TemplateLocale): Promise<JobTemplate[]>;

  listKnowledge(query?: ListKnowledgeQuery): Promise<Page<KnowledgePage>>;
  getKnowledge(id: string): Promise<KnowledgePage>;
  createKnowledge(input: KnowledgeInput): Promise<KnowledgePage>;
  updateKnowledge(id: string, patch: KnowledgePatch, expectedVersion: number): Promise<KnowledgePage>;
  deleteKnowledge(id: string, expectedVersion: number): Promise<void>;
  getKnowledgeUsage(id: string): Promise<UsagePlace[]>;

  listCallFlows(): Promise<CallFlowSummaryRow[]>;
  getCallFlow(id: string): Promise<CallFlow>;
  /** The new draft is an incoming-call step connected to one Sona step. */
  createCallFlow(input: CallFlowInput): Promise<CallFlow>;
  /** Attachments are part of the draft: real calls see them only after `publishCallFlow`. */
  saveDraft(id: string, graph: FlowGraph, expectedVersion: number): Promise<CallFlow>;
  /** Atomic; fails with `INVALID_GRAPH` when `validateGraph` reports errors. */
  publishCallFlow(id: string, expectedVersion: number): Promise<CallFlow>;
  listRevisions(id: string): Promise<Revision[]>;
  /** Copies a published revision into the draft (publishing stays a separate step). */
  restoreRevision(id: string, revision: number, expectedVersion: number): Promise<CallFlow>;

  listCallSummaries(filter?: CallSummaryFilter): Promise<Page<CallSummary>>;
  recordCallSummary(summary: CallSummaryInput): Promise<CallSummary>;

  /** The call flow's saved test cases, oldest first; `NOT_FOUND` when the flow does not exist. */
  listTestCases(callFlowId: string): Promise<TestCase[]>;
  /**
   * Saves a test case in its call flow (`NOT_FOUND` when the flow does not exist, `VALIDATION` once the flow holds
   * `MAX_TEST_CASES_PER_FLOW`). Expectations may name steps, jobs or pages that do not exist: the test then fails.
   */
  createTestCase(input: TestCaseInput): Promise<TestCase>;
  /** Changes name, call or expectations; an update that changes nothing keeps the version. */
  updateTestCase(id: string, patch: TestCasePatch, expectedVersion: number): Promise<TestCase>;
  deleteTestCase(id: string, expectedVersion: number): Promise<void>;

  exportWorkspace(): Promise<WorkspaceExport>;
  /** Validates everything first; on any problem nothing is imported (`VALIDATION` with `problems`). */
  importWorkspace(document: unknown, options?: { mode?: ImportMode }): Promise<ImportOutcome>;

  /** Changes stored by anyone; returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void;
}
