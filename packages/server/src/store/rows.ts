import type { CallFlow, CallSummary, Job, KnowledgePage, Revision, TestCase } from '@sona-designer/core';

/** A `jobs` row as the drivers return it. */
export interface JobRow {
  id: string;
  name: string;
  description: string;
  trigger: string;
  instructions: string;
  template_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A `knowledge_pages` row. */
export interface KnowledgeRow {
  id: string;
  title: string;
  content: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A `call_flows` row (without its revisions). */
export interface CallFlowRow {
  id: string;
  name: string;
  phone_number: string | null;
  version: number;
  draft: unknown;
  published: unknown;
  created_at: string;
  updated_at: string;
}

/** A `call_flow_revisions` row. */
export interface RevisionRow {
  call_flow_id: string;
  revision: number;
  graph: unknown;
  published_at: string;
}

/** A `call_summaries` row. */
export interface CallSummaryRow {
  id: string;
  call_flow_id: string;
  step_id: string;
  source: 'draft' | 'published';
  simulated: boolean;
  caller: string;
  intent: string;
  job_id: string | null;
  collected: unknown;
  actions: unknown;
  outcome: CallSummary['outcome'];
  turns: number;
  transcript: unknown;
  created_at: string;
}

export const JOB_COLUMNS =
  'id, name, description, trigger, instructions, template_id, version, created_at, updated_at';
export const KNOWLEDGE_COLUMNS = 'id, title, content, version, created_at, updated_at';
export const CALL_FLOW_COLUMNS = 'id, name, phone_number, version, draft, published, created_at, updated_at';
export const CALL_SUMMARY_COLUMNS =
  'id, call_flow_id, step_id, source, simulated, caller, intent, job_id, collected, actions, outcome, turns, transcript, created_at';

/** jsonb values come back parsed from both drivers; a driver returning text is parsed here. */
function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** A job shaped like the reference adapter's (`templateId` only when set). */
export function toJob(row: JobRow): Job {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    trigger: row.trigger,
    instructions: row.instructions,
    ...(row.template_id !== null ? { templateId: row.template_id } : {}),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A knowledge page shaped like the reference adapter's. */
export function toKnowledge(row: KnowledgeRow): KnowledgePage {
  return {
    id: row.id,
    title: row.title,
    content: row.content,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A call flow shaped like the reference adapter's (`phoneNumber` only when set). */
export function toCallFlow(row: CallFlowRow, revisions: Revision[]): CallFlow {
  return {
    id: row.id,
    name: row.name,
    ...(row.phone_number !== null ? { phoneNumber: row.phone_number } : {}),
    version: Number(row.version),
    draft: json(row.draft),
    published: row.published === null ? null : json(row.published),
    revisions,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A revision from its row. */
export function toRevision(row: RevisionRow): Revision {
  return { revision: Number(row.revision), graph: json(row.graph), publishedAt: row.published_at };
}

/** A call summary shaped like the reference adapter's. */
export function toCallSummary(row: CallSummaryRow): CallSummary {
  return {
    callFlowId: row.call_flow_id,
    stepId: row.step_id,
    source: row.source,
    simulated: row.simulated,
    caller: row.caller,
    intent: row.intent,
    jobId: row.job_id,
    collected: json(row.collected),
    actions: json(row.actions),
    outcome: row.outcome,
    turns: Number(row.turns),
    transcript: json(row.transcript),
    id: row.id,
    createdAt: row.created_at,
  };
}

/** A `test_cases` row. */
export interface TestCaseRow {
  id: string;
  call_flow_id: string;
  name: string;
  call: unknown;
  expectations: unknown;
  version: number;
  created_at: string;
  updated_at: string;
}

export const TEST_CASE_COLUMNS =
  'id, call_flow_id, name, call, expectations, version, created_at, updated_at';

/** A test case shaped like the reference adapter's. */
export function toTestCase(row: TestCaseRow): TestCase {
  return {
    id: row.id,
    callFlowId: row.call_flow_id,
    name: row.name,
    call: json(row.call),
    expectations: json(row.expectations),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
