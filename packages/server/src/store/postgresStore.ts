import {
  type CallFlow,
  type CallSummary,
  CallSummaryInputSchema,
  type ChangeEvent,
  FlowGraphSchema,
  foldForSearch,
  type Job,
  JobInputSchema,
  JobPatchSchema,
  jobUsage,
  KnowledgeInputSchema,
  type KnowledgePage,
  KnowledgePatchSchema,
  knowledgeUsage,
  type UsagePlace,
  type WorkspaceData,
} from '@sona-designer/core';
import {
  attachedIds,
  callFlowConflict,
  callFlowNotFound,
  callFlowSummaryRow,
  changedFields,
  compareByName,
  compareByTime,
  DRAFT_REFUSAL,
  entityConflict,
  entityNotFound,
  jobSearchText,
  knowledgeSearchText,
  nextRevision,
  paginate,
  parseOrThrow,
  planImport,
  refuseFailingTests,
  refuseInUse,
  refuseMissingReferences,
  refuseOverfullSteps,
  refuseUnpublishable,
  requiresPassingTests,
  restoreRefusal,
  revisionNotFound,
  searchWords,
  sortCallFlowRows,
  starterCallFlow,
} from '@sona-designer/core/backend';
import { exportWorkspace } from '@sona-designer/core/io';
import { runTestCases } from '@sona-designer/core/simulator';
import type { Database, Queryable } from '../db/types';
import {
  CALL_FLOW_COLUMNS,
  CALL_SUMMARY_COLUMNS,
  type CallFlowRow,
  type CallSummaryRow,
  JOB_COLUMNS,
  type JobRow,
  KNOWLEDGE_COLUMNS,
  type KnowledgeRow,
  type RevisionRow,
  toCallFlow,
  toCallSummary,
  toJob,
  toKnowledge,
  toRevision,
} from './rows';
import { insertTestCases, selectFlowTestCases, selectTestCases, testCaseOperations } from './testCaseStore';
import type { EventBatch, Store, StoredEvent, WorkspaceOperations } from './types';

/** Options of `createPostgresStore` and `openStore`, all optional. */
export interface PostgresStoreOptions {
  /** Clock for timestamps (default: the system clock). */
  now?: () => Date;
  /** Random source for new ids (default `Math.random`). */
  random?: () => number;
  /** Events kept per workspace (default 10,000); older ones are pruned and `readEvents` reports `tooFarBehind`. */
  eventRetention?: number;
}

/** The channel every server process listens on; the payload is `<workspaceId>:<seq>`. */
export const EVENTS_CHANNEL = 'sona_events';

const DEFAULT_RETENTION = 10_000;
/** Postgres errors after which the whole transaction is simply run again: deadlock, serialization failure. */
const RETRYABLE = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 5;

/** A JSON document as a statement parameter: sent as text, cast to jsonb in SQL (`$n::text::jsonb`). */
const asJson = (value: unknown): string => JSON.stringify(value);

type Usage = { graph: 'draft' | 'published'; stepId: string; kind: 'job' | 'knowledge'; targetId: string };

/** Which Sona step of the draft and of the published graph attaches which job and page (`step_usages` rows). */
function usagesOf(flow: Pick<CallFlow, 'draft' | 'published'>): Usage[] {
  const rows = new Map<string, Usage>();
  const visit = (graph: CallFlow['draft'], where: Usage['graph']) => {
    for (const step of graph.steps) {
      if (step.kind !== 'sona') continue;
      for (const id of step.jobIds)
        rows.set(`${where}\u0000${step.id}\u0000job\u0000${id}`, {
          graph: where,
          stepId: step.id,
          kind: 'job',
          targetId: id,
        });
      for (const id of step.knowledgeIds)
        rows.set(`${where}\u0000${step.id}\u0000knowledge\u0000${id}`, {
          graph: where,
          stepId: step.id,
          kind: 'knowledge',
          targetId: id,
        });
    }
  };
  visit(flow.draft, 'draft');
  if (flow.published) visit(flow.published.graph, 'published');
  return [...rows.values()];
}

/**
 * The `Store` on Postgres (a server or PGlite): every write is one transaction whose versions are checked in SQL, and
 * appends its change event with the workspace's next sequence number. The schema must be migrated (`openStore` does
 * it). On a Postgres server the store also `LISTEN`s, so writes committed by other processes reach `onCommitted`
 * listeners; a listener may then hear of one sequence number twice (once locally, once through the notification):
 * treat the number as "read events up to here", which is idempotent.
 */
export function createPostgresStore(db: Database, options: PostgresStoreOptions = {}): Store {
  const clock = options.now ?? (() => new Date());
  const now = () => clock().toISOString();
  const random = options.random ?? Math.random;
  const retention = Math.max(1, Math.trunc(options.eventRetention ?? DEFAULT_RETENTION));
  const listeners = new Set<(workspaceId: string, seq: number) => void>();
  const known = new Set<string>();
  /** The highest sequence number announced per workspace, to skip notifications this process already announced. */
  const announced = new Map<string, number>();
  let counter = 0;

  function announce(workspaceId: string, seq: number): void {
    if (seq <= (announced.get(workspaceId) ?? 0)) return;
    announced.set(workspaceId, seq);
    for (const listener of [...listeners]) {
      try {
        listener(workspaceId, seq);
      } catch {
        // A failing listener must not make a stored write look failed.
      }
    }
  }

  const listening =
    db.kind === 'postgres'
      ? db
          .listen(EVENTS_CHANNEL, (payload) => {
            const at = payload.lastIndexOf(':');
            const seq = Number(payload.slice(at + 1));
            if (at > 0 && Number.isInteger(seq)) announce(payload.slice(0, at), seq);
          })
          .catch(() => null)
      : Promise.resolve(null);

  function newId(prefix: string): string {
    counter += 1;
    return `${prefix}-${Date.now().toString(36)}${counter.toString(36)}${Math.floor(random() * 1e6).toString(36)}`;
  }

  async function ensureWorkspace(workspaceId: string, name?: string): Promise<void> {
    if (known.has(workspaceId)) return;
    await db.query('INSERT INTO workspaces (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [
      workspaceId,
      name ?? workspaceId,
    ]);
    known.add(workspaceId);
  }

  /**
   * Runs one write in one transaction; its events get the next sequence numbers as the transaction's last statements
   * (the workspace row lock serialises commits per workspace, so numbers follow commit order with no gaps).
   */
  async function write<T>(
    workspaceId: string,
    work: (tx: Queryable) => Promise<{ value: T; events: ChangeEvent[] }>,
    lockFirst = false,
  ): Promise<T> {
    await ensureWorkspace(workspaceId);
    for (let attempt = 1; ; attempt++) {
      try {
        const { value, seq } = await db.transaction(async (tx) => {
          if (lockFirst) await tx.query('SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE', [workspaceId]);
          const { value, events } = await work(tx);
          if (events.length === 0) return { value, seq: 0 };
          // One statement from taking the workspace row lock to the end: the lock (which orders commits per
          // workspace) is held for this statement and the commit only, so writes to one workspace queue briefly. The
          // notification reaches every listening process when (and only if) the transaction commits.
          const bumped = await tx.query<{ last_seq: number | string }>(
            `WITH bumped AS (
               UPDATE workspaces SET last_seq = last_seq + $2 WHERE id = $1 RETURNING last_seq
             ), appended AS (
               INSERT INTO events (workspace_id, seq, type, payload)
               SELECT $1, bumped.last_seq - $2 + e.ordinality, e.value->>'type', e.value
               FROM bumped, jsonb_array_elements($3::text::jsonb) WITH ORDINALITY AS e(value, ordinality)
             ), pruned AS (
               DELETE FROM events WHERE workspace_id = $1 AND seq <= (SELECT last_seq FROM bumped) - $4
             )
             SELECT last_seq, pg_notify($5, $1 || ':' || last_seq) FROM bumped`,
            [workspaceId, events.length, asJson(events), retention, EVENTS_CHANNEL],
          );
          const seq = Number(bumped.rows[0]?.last_seq);
          return { value, seq };
        });
        if (seq > 0) announce(workspaceId, seq);
        return value;
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (attempt < MAX_ATTEMPTS && typeof code === 'string' && RETRYABLE.has(code)) continue;
        throw error;
      }
    }
  }

  function workspace(ws: string): WorkspaceOperations {
    // ---- reads -------------------------------------------------------------------------------------------------

    async function findJob(q: Queryable, id: string, lock = ''): Promise<Job> {
      const { rows } = await q.query<JobRow>(
        `SELECT ${JOB_COLUMNS} FROM jobs WHERE workspace_id = $1 AND id = $2 ${lock}`,
        [ws, id],
      );
      const row = rows[0];
      if (!row) throw entityNotFound('job');
      return toJob(row);
    }

    async function findKnowledge(q: Queryable, id: string, lock = ''): Promise<KnowledgePage> {
      const { rows } = await q.query<KnowledgeRow>(
        `SELECT ${KNOWLEDGE_COLUMNS} FROM knowledge_pages WHERE workspace_id = $1 AND id = $2 ${lock}`,
        [ws, id],
      );
      const row = rows[0];
      if (!row) throw entityNotFound('knowledge page');
      return toKnowledge(row);
    }

    async function revisionsOf(q: Queryable, flowIds: string[]): Promise<Map<string, CallFlow['revisions']>> {
      const byFlow = new Map<string, CallFlow['revisions']>();
      if (flowIds.length === 0) return byFlow;
      const { rows } = await q.query<RevisionRow>(
        `SELECT call_flow_id, revision, graph, published_at FROM call_flow_revisions
         WHERE workspace_id = $1 AND call_flow_id IN (SELECT jsonb_array_elements_text($2::text::jsonb))
         ORDER BY call_flow_id, revision`,
        [ws, asJson(flowIds)],
      );
      for (const row of rows) {
        const list = byFlow.get(row.call_flow_id) ?? [];
        list.push(toRevision(row));
        byFlow.set(row.call_flow_id, list);
      }
      return byFlow;
    }

    async function findFlow(q: Queryable, id: string): Promise<CallFlow> {
      const { rows } = await q.query<CallFlowRow>(
        `SELECT ${CALL_FLOW_COLUMNS} FROM call_flows WHERE workspace_id = $1 AND id = $2`,
        [ws, id],
      );
      const row = rows[0];
      if (!row) throw callFlowNotFound();
      return toCallFlow(row, (await revisionsOf(q, [id])).get(id) ?? []);
    }

    /** Flows without their revisions (enough for usage places and list rows), in insertion order. */
    async function flowHeads(q: Queryable, ids?: string[]): Promise<CallFlow[]> {
      const { rows } = await q.query<CallFlowRow>(
        `SELECT ${CALL_FLOW_COLUMNS} FROM call_flows WHERE workspace_id = $1
         ${ids ? 'AND id IN (SELECT jsonb_array_elements_text($2::text::jsonb))' : ''} ORDER BY position`,
        ids ? [ws, asJson(ids)] : [ws],
      );
      return rows.map((row) => toCallFlow(row, []));
    }

    async function usagePlaces(q: Queryable, kind: 'job' | 'knowledge', id: string): Promise<UsagePlace[]> {
      const { rows } = await q.query<{ call_flow_id: string }>(
        'SELECT DISTINCT call_flow_id FROM step_usages WHERE workspace_id = $1 AND kind = $2 AND target_id = $3',
        [ws, kind, id],
      );
      if (rows.length === 0) return [];
      const flows = await flowHeads(
        q,
        rows.map((row) => row.call_flow_id),
      );
      return kind === 'job' ? jobUsage(id, flows) : knowledgeUsage(id, flows);
    }

    /** Which of these ids exist, locked against deletion until the transaction ends. */
    async function existing(
      q: Queryable,
      table: 'jobs' | 'knowledge_pages',
      ids: string[],
    ): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const { rows } = await q.query<{ id: string }>(
        `SELECT id FROM ${table} WHERE workspace_id = $1
         AND id IN (SELECT jsonb_array_elements_text($2::text::jsonb)) FOR SHARE`,
        [ws, asJson(ids)],
      );
      return new Set(rows.map((row) => row.id));
    }

    async function referenceLookup(q: Queryable, graph: CallFlow['draft']) {
      const ids = attachedIds(graph);
      const jobs = await existing(q, 'jobs', ids.jobIds);
      const knowledge = await existing(q, 'knowledge_pages', ids.knowledgeIds);
      return {
        jobs,
        knowledge,
        exists: { job: (id: string) => jobs.has(id), knowledge: (id: string) => knowledge.has(id) },
      };
    }

    /** Filters by ids and search words in SQL; returns the light rows to sort in JS (the core's exact order). */
    async function searchRows(
      table: 'jobs' | 'knowledge_pages',
      nameColumn: 'name' | 'title',
      query: { query?: string; ids?: readonly string[] },
    ): Promise<{ id: string; name: string; createdAt: string; updatedAt: string }[]> {
      const params: unknown[] = [ws];
      const where = ['workspace_id = $1'];
      if (query.ids) {
        params.push(asJson(query.ids));
        where.push(`id IN (SELECT jsonb_array_elements_text($${params.length}::text::jsonb))`);
      }
      for (const word of searchWords(query.query)) {
        params.push(word);
        where.push(`strpos(search_text, $${params.length}) > 0`);
      }
      const { rows } = await db.query<{ id: string; name: string; created_at: string; updated_at: string }>(
        `SELECT id, ${nameColumn} AS name, created_at, updated_at FROM ${table} WHERE ${where.join(' AND ')}`,
        params,
      );
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      }));
    }

    /** The jobs of these ids that exist, in the order given; `lock` (`FOR SHARE`) keeps them as read until commit. */
    async function loadJobs(ids: string[], q: Queryable = db, lock = ''): Promise<Job[]> {
      if (ids.length === 0) return [];
      const { rows } = await q.query<JobRow>(
        `SELECT ${JOB_COLUMNS} FROM jobs WHERE workspace_id = $1 AND id IN (SELECT jsonb_array_elements_text($2::text::jsonb)) ${lock}`,
        [ws, asJson(ids)],
      );
      const byId = new Map(rows.map((row) => [row.id, toJob(row)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    }

    /** The pages of these ids that exist, in the order given; `lock` (`FOR SHARE`) keeps them as read until commit. */
    async function loadKnowledge(ids: string[], q: Queryable = db, lock = ''): Promise<KnowledgePage[]> {
      if (ids.length === 0) return [];
      const { rows } = await q.query<KnowledgeRow>(
        `SELECT ${KNOWLEDGE_COLUMNS} FROM knowledge_pages WHERE workspace_id = $1 AND id IN (SELECT jsonb_array_elements_text($2::text::jsonb)) ${lock}`,
        [ws, asJson(ids)],
      );
      const byId = new Map(rows.map((row) => [row.id, toKnowledge(row)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    }

    async function snapshot(q: Queryable): Promise<WorkspaceData> {
      const jobs = await q.query<JobRow>(
        `SELECT ${JOB_COLUMNS} FROM jobs WHERE workspace_id = $1 ORDER BY created_at, id`,
        [ws],
      );
      const knowledge = await q.query<KnowledgeRow>(
        `SELECT ${KNOWLEDGE_COLUMNS} FROM knowledge_pages WHERE workspace_id = $1 ORDER BY created_at, id`,
        [ws],
      );
      const heads = await flowHeads(q);
      const revisions = await revisionsOf(
        q,
        heads.map((flow) => flow.id),
      );
      const summaries = await q.query<CallSummaryRow>(
        `SELECT ${CALL_SUMMARY_COLUMNS} FROM call_summaries WHERE workspace_id = $1 ORDER BY created_at DESC, position DESC`,
        [ws],
      );
      return {
        jobs: jobs.rows.map(toJob),
        knowledge: knowledge.rows.map(toKnowledge),
        callFlows: heads.map((flow) => ({ ...flow, revisions: revisions.get(flow.id) ?? [] })),
        callSummaries: summaries.rows.map(toCallSummary),
        testCases: await selectTestCases(q, ws),
      };
    }

    // ---- writes ------------------------------------------------------------------------------------------------

    async function insertJobs(q: Queryable, jobs: Job[]): Promise<void> {
      if (jobs.length === 0) return;
      await q.query(
        `INSERT INTO jobs (workspace_id, id, name, description, trigger, instructions, template_id, version, created_at, updated_at, search_text)
         SELECT $1, x.id, x.name, x.description, x.trigger, x.instructions, x.template_id, x.version, x.created_at, x.updated_at, x.search_text
         FROM jsonb_to_recordset($2::text::jsonb) AS x(id text, name text, description text, trigger text, instructions text,
           template_id text, version integer, created_at text, updated_at text, search_text text)`,
        [
          ws,
          asJson(
            jobs.map((job) => ({
              id: job.id,
              name: job.name,
              description: job.description,
              trigger: job.trigger,
              instructions: job.instructions,
              template_id: job.templateId ?? null,
              version: job.version,
              created_at: job.createdAt,
              updated_at: job.updatedAt,
              search_text: foldForSearch(jobSearchText(job)),
            })),
          ),
        ],
      );
    }

    async function insertKnowledge(q: Queryable, pages: KnowledgePage[]): Promise<void> {
      if (pages.length === 0) return;
      await q.query(
        `INSERT INTO knowledge_pages (workspace_id, id, title, content, version, created_at, updated_at, search_text)
         SELECT $1, x.id, x.title, x.content, x.version, x.created_at, x.updated_at, x.search_text
         FROM jsonb_to_recordset($2::text::jsonb) AS x(id text, title text, content text, version integer,
           created_at text, updated_at text, search_text text)`,
        [
          ws,
          asJson(
            pages.map((page) => ({
              id: page.id,
              title: page.title,
              content: page.content,
              version: page.version,
              created_at: page.createdAt,
              updated_at: page.updatedAt,
              search_text: foldForSearch(knowledgeSearchText(page)),
            })),
          ),
        ],
      );
    }

    async function writeUsages(
      q: Queryable,
      flows: Pick<CallFlow, 'id' | 'draft' | 'published'>[],
    ): Promise<void> {
      const rows = flows.flatMap((flow) =>
        usagesOf(flow).map((usage) => ({
          call_flow_id: flow.id,
          graph: usage.graph,
          step_id: usage.stepId,
          kind: usage.kind,
          target_id: usage.targetId,
        })),
      );
      await q.query(
        'DELETE FROM step_usages WHERE workspace_id = $1 AND call_flow_id IN (SELECT jsonb_array_elements_text($2::text::jsonb))',
        [ws, asJson(flows.map((flow) => flow.id))],
      );
      if (rows.length === 0) return;
      await q.query(
        `INSERT INTO step_usages (workspace_id, call_flow_id, graph, step_id, kind, target_id)
         SELECT $1, x.call_flow_id, x.graph, x.step_id, x.kind, x.target_id
         FROM jsonb_to_recordset($2::text::jsonb) AS x(call_flow_id text, graph text, step_id text, kind text, target_id text)`,
        [ws, asJson(rows)],
      );
    }

    async function insertFlows(q: Queryable, flows: CallFlow[]): Promise<void> {
      if (flows.length === 0) return;
      await q.query(
        `INSERT INTO call_flows (workspace_id, id, name, phone_number, version, draft, published, created_at, updated_at)
         SELECT $1, x.id, x.name, x.phone_number, x.version, x.draft, x.published, x.created_at, x.updated_at
         FROM jsonb_to_recordset($2::text::jsonb) AS x(id text, name text, phone_number text, version integer,
           draft jsonb, published jsonb, created_at text, updated_at text)`,
        [
          ws,
          asJson(
            flows.map((flow) => ({
              id: flow.id,
              name: flow.name,
              phone_number: flow.phoneNumber ?? null,
              version: flow.version,
              draft: flow.draft,
              published: flow.published,
              created_at: flow.createdAt,
              updated_at: flow.updatedAt,
            })),
          ),
        ],
      );
      const revisions = flows.flatMap((flow) =>
        flow.revisions.map((revision) => ({
          call_flow_id: flow.id,
          revision: revision.revision,
          graph: revision.graph,
          published_at: revision.publishedAt,
        })),
      );
      if (revisions.length > 0) await insertRevisions(q, revisions);
      await writeUsages(q, flows);
    }

    async function insertRevisions(
      q: Queryable,
      revisions: { call_flow_id: string; revision: number; graph: unknown; published_at: string }[],
    ): Promise<void> {
      await q.query(
        `INSERT INTO call_flow_revisions (workspace_id, call_flow_id, revision, graph, published_at)
         SELECT $1, x.call_flow_id, x.revision, x.graph, x.published_at
         FROM jsonb_to_recordset($2::text::jsonb) AS x(call_flow_id text, revision integer, graph jsonb, published_at text)`,
        [ws, asJson(revisions)],
      );
    }

    /**
     * Inserts summaries given newest first, in reverse (jsonb_to_recordset yields rows in array order): the last
     * inserted gets the highest position, listed first among equal times.
     */
    async function insertSummaries(q: Queryable, summaries: CallSummary[]): Promise<void> {
      if (summaries.length === 0) return;
      await q.query(
        `INSERT INTO call_summaries (workspace_id, id, call_flow_id, step_id, source, simulated, caller, intent, job_id,
           collected, actions, outcome, turns, transcript, created_at)
         SELECT $1, x.id, x.call_flow_id, x.step_id, x.source, x.simulated, x.caller, x.intent, x.job_id,
           x.collected, x.actions, x.outcome, x.turns, x.transcript, x.created_at
         FROM jsonb_to_recordset($2::text::jsonb) AS x(id text, call_flow_id text, step_id text,
           source text, simulated boolean, caller text, intent text, job_id text, collected jsonb, actions jsonb,
           outcome text, turns integer, transcript jsonb, created_at text)`,
        [
          ws,
          asJson(
            [...summaries].reverse().map((summary) => ({
              id: summary.id,
              call_flow_id: summary.callFlowId,
              step_id: summary.stepId,
              source: summary.source,
              simulated: summary.simulated,
              caller: summary.caller,
              intent: summary.intent,
              job_id: summary.jobId,
              collected: summary.collected,
              actions: summary.actions,
              outcome: summary.outcome,
              turns: summary.turns,
              transcript: summary.transcript,
              created_at: summary.createdAt,
            })),
          ),
        ],
      );
    }

    /** Writes a flow's new state if it is still at `expectedVersion`; else CONFLICT with the stored flow (or NOT_FOUND). */
    async function updateFlow(
      q: Queryable,
      flow: CallFlow,
      expectedVersion: number,
      changes: { draft?: CallFlow['draft']; published?: CallFlow['published'] },
    ): Promise<CallFlow> {
      const next: CallFlow = { ...flow, ...changes, version: flow.version + 1, updatedAt: now() };
      const result = await q.query(
        `UPDATE call_flows SET draft = $4::text::jsonb, published = $5::text::jsonb, version = $6, updated_at = $7
         WHERE workspace_id = $1 AND id = $2 AND version = $3`,
        [
          ws,
          flow.id,
          expectedVersion,
          asJson(next.draft),
          asJson(next.published),
          next.version,
          next.updatedAt,
        ],
      );
      if (result.rowCount === 0) throw callFlowConflict(await findFlow(q, flow.id), expectedVersion);
      await writeUsages(q, [next]);
      return next;
    }

    /**
     * `refuseFailingTests` within the publish transaction: the flow's test cases, and the jobs and pages the draft
     * attaches or the tests name, read and locked until commit, so the tests that passed are those of the flow as it
     * is published (`createTestCase` takes the same flow lock; an edit or a deletion waits for the test's).
     */
    async function refuseFailingFlowTests(q: Queryable, flow: CallFlow): Promise<void> {
      await q.query('SELECT 1 FROM call_flows WHERE workspace_id = $1 AND id = $2 FOR NO KEY UPDATE', [
        ws,
        flow.id,
      ]);
      const testCases = await selectFlowTestCases(q, ws, flow.id, 'FOR SHARE');
      if (testCases.length === 0) return;
      const { jobIds, knowledgeIds } = attachedIds(flow.draft);
      for (const expectation of testCases.flatMap((test) => test.expectations)) {
        if (expectation.kind === 'job-fires') jobIds.push(expectation.jobId);
        if (expectation.kind === 'knowledge-quoted') knowledgeIds.push(expectation.pageId);
      }
      refuseFailingTests(flow, testCases, {
        jobs: await loadJobs([...new Set(jobIds)], q, 'FOR SHARE'),
        knowledge: await loadKnowledge([...new Set(knowledgeIds)], q, 'FOR SHARE'),
        runTestCases,
      });
    }

    async function checkedFlow(q: Queryable, id: string, expectedVersion: number): Promise<CallFlow> {
      const flow = await findFlow(q, id);
      if (flow.version !== expectedVersion) throw callFlowConflict(flow, expectedVersion);
      return flow;
    }

    return {
      ...testCaseOperations({ ws, db, write: (work) => write(ws, work), now, newId }),
      async listJobs(query = {}) {
        const rows = await searchRows('jobs', 'name', query);
        const sort = query.sort ?? 'name';
        rows.sort(compareByName);
        if (sort === 'updated' || sort === 'created')
          rows.sort(compareByTime(sort === 'updated' ? 'updatedAt' : 'createdAt'));
        if (sort === 'usage') {
          const { rows: counts } = await db.query<{ target_id: string; uses: number | string }>(
            `SELECT target_id, count(DISTINCT (call_flow_id, step_id)) AS uses FROM step_usages
             WHERE workspace_id = $1 AND kind = 'job' GROUP BY target_id`,
            [ws],
          );
          const uses = new Map(counts.map((row) => [row.target_id, Number(row.uses)]));
          rows.sort((a, b) => (uses.get(b.id) ?? 0) - (uses.get(a.id) ?? 0));
        }
        const page = paginate(rows, query.cursor, query.limit);
        return { ...page, items: await loadJobs(page.items.map((row) => row.id)) };
      },
      getJob: (id) => findJob(db, id),
      createJob: (input) =>
        write(ws, async (tx) => {
          const parsed = parseOrThrow(JobInputSchema, input, 'job');
          const timestamp = now();
          const job: Job = {
            ...parsed,
            id: newId('job'),
            version: 1,
            createdAt: timestamp,
            updatedAt: timestamp,
          };
          if (job.templateId === undefined) delete job.templateId;
          await insertJobs(tx, [job]);
          return { value: job, events: [{ type: 'job-created', id: job.id, version: 1 }] };
        }),
      updateJob: (id, patch, expectedVersion) =>
        write(ws, async (tx) => {
          const current = await findJob(tx, id);
          if (current.version !== expectedVersion) throw entityConflict('job', current, expectedVersion);
          const parsed = parseOrThrow(JobPatchSchema, patch, 'job');
          const changes = changedFields(current, parsed);
          if (!changes) return { value: current, events: [] };
          const next = { ...current, ...changes, version: current.version + 1, updatedAt: now() } as Job;
          const result = await tx.query(
            `UPDATE jobs SET name = $4, description = $5, trigger = $6, instructions = $7, version = $8, updated_at = $9,
               search_text = $10 WHERE workspace_id = $1 AND id = $2 AND version = $3`,
            [
              ws,
              id,
              expectedVersion,
              next.name,
              next.description,
              next.trigger,
              next.instructions,
              next.version,
              next.updatedAt,
              foldForSearch(jobSearchText(next)),
            ],
          );
          if (result.rowCount === 0) throw entityConflict('job', await findJob(tx, id), expectedVersion);
          return { value: next, events: [{ type: 'job-updated', id, version: next.version }] };
        }),
      deleteJob: (id, expectedVersion) =>
        write(ws, async (tx) => {
          const current = await findJob(tx, id, 'FOR UPDATE');
          if (current.version !== expectedVersion) throw entityConflict('job', current, expectedVersion);
          refuseInUse('job', await usagePlaces(tx, 'job', id));
          await tx.query('DELETE FROM jobs WHERE workspace_id = $1 AND id = $2 AND version = $3', [
            ws,
            id,
            expectedVersion,
          ]);
          return { value: undefined, events: [{ type: 'job-deleted', id }] };
        }),
      async getJobUsage(id) {
        await findJob(db, id);
        return usagePlaces(db, 'job', id);
      },
      async listTemplates(locale) {
        const { listJobTemplates } = await import('@sona-designer/core/templates');
        return structuredClone(listJobTemplates(locale));
      },

      async listKnowledge(query = {}) {
        const rows = await searchRows('knowledge_pages', 'title', query);
        rows.sort(compareByName);
        const page = paginate(rows, query.cursor, query.limit);
        return { ...page, items: await loadKnowledge(page.items.map((row) => row.id)) };
      },
      getKnowledge: (id) => findKnowledge(db, id),
      createKnowledge: (input) =>
        write(ws, async (tx) => {
          const parsed = parseOrThrow(KnowledgeInputSchema, input, 'knowledge page');
          const timestamp = now();
          const page: KnowledgePage = {
            ...parsed,
            id: newId('kn'),
            version: 1,
            createdAt: timestamp,
            updatedAt: timestamp,
          };
          await insertKnowledge(tx, [page]);
          return { value: page, events: [{ type: 'knowledge-created', id: page.id, version: 1 }] };
        }),
      updateKnowledge: (id, patch, expectedVersion) =>
        write(ws, async (tx) => {
          const current = await findKnowledge(tx, id);
          if (current.version !== expectedVersion)
            throw entityConflict('knowledge page', current, expectedVersion);
          const parsed = parseOrThrow(KnowledgePatchSchema, patch, 'knowledge page');
          const changes = changedFields(current, parsed);
          if (!changes) return { value: current, events: [] };
          const next = {
            ...current,
            ...changes,
            version: current.version + 1,
            updatedAt: now(),
          } as KnowledgePage;
          const result = await tx.query(
            `UPDATE knowledge_pages SET title = $4, content = $5, version = $6, updated_at = $7, search_text = $8
             WHERE workspace_id = $1 AND id = $2 AND version = $3`,
            [
              ws,
              id,
              expectedVersion,
              next.title,
              next.content,
              next.version,
              next.updatedAt,
              foldForSearch(knowledgeSearchText(next)),
            ],
          );
          if (result.rowCount === 0)
            throw entityConflict('knowledge page', await findKnowledge(tx, id), expectedVersion);
          return { value: next, events: [{ type: 'knowledge-updated', id, version: next.version }] };
        }),
      deleteKnowledge: (id, expectedVersion) =>
        write(ws, async (tx) => {
          const current = await findKnowledge(tx, id, 'FOR UPDATE');
          if (current.version !== expectedVersion)
            throw entityConflict('knowledge page', current, expectedVersion);
          refuseInUse('knowledge page', await usagePlaces(tx, 'knowledge', id));
          await tx.query('DELETE FROM knowledge_pages WHERE workspace_id = $1 AND id = $2 AND version = $3', [
            ws,
            id,
            expectedVersion,
          ]);
          return { value: undefined, events: [{ type: 'knowledge-deleted', id }] };
        }),
      async getKnowledgeUsage(id) {
        await findKnowledge(db, id);
        return usagePlaces(db, 'knowledge', id);
      },

      async listCallFlows() {
        return sortCallFlowRows((await flowHeads(db)).map(callFlowSummaryRow));
      },
      getCallFlow: (id) => findFlow(db, id),
      createCallFlow: (input) =>
        write(ws, async (tx) => {
          const flow = starterCallFlow(input, newId('flow'), now());
          await insertFlows(tx, [flow]);
          return { value: flow, events: [{ type: 'call-flow-created', id: flow.id, version: flow.version }] };
        }),
      saveDraft: (id, graph, expectedVersion) =>
        write(ws, async (tx) => {
          const flow = await checkedFlow(tx, id, expectedVersion);
          refuseOverfullSteps(graph);
          const draft = parseOrThrow(FlowGraphSchema, graph, 'draft');
          refuseMissingReferences(draft, (await referenceLookup(tx, draft)).exists, DRAFT_REFUSAL);
          const next = await updateFlow(tx, flow, expectedVersion, { draft });
          return { value: next, events: [{ type: 'call-flow-updated', id, version: next.version }] };
        }),
      publishCallFlow: (id, expectedVersion) =>
        write(ws, async (tx) => {
          const flow = await checkedFlow(tx, id, expectedVersion);
          const { jobs, knowledge } = await referenceLookup(tx, flow.draft);
          refuseUnpublishable(flow, { jobs, knowledge });
          if (requiresPassingTests(flow)) await refuseFailingFlowTests(tx, flow);
          const revision = nextRevision(flow, now());
          const next = await updateFlow(tx, flow, expectedVersion, { published: revision });
          await insertRevisions(tx, [
            {
              call_flow_id: id,
              revision: revision.revision,
              graph: revision.graph,
              published_at: revision.publishedAt,
            },
          ]);
          next.revisions = [...flow.revisions, structuredClone(revision)];
          return { value: next, events: [{ type: 'call-flow-published', id, version: next.version }] };
        }),
      async listRevisions(id) {
        return [...(await findFlow(db, id)).revisions].reverse();
      },
      restoreRevision: (id, revision, expectedVersion) =>
        write(ws, async (tx) => {
          const flow = await checkedFlow(tx, id, expectedVersion);
          const found = flow.revisions.find((candidate) => candidate.revision === revision);
          if (!found) throw revisionNotFound(flow, revision);
          refuseMissingReferences(
            found.graph,
            (await referenceLookup(tx, found.graph)).exists,
            restoreRefusal(flow, revision),
          );
          const next = await updateFlow(tx, flow, expectedVersion, { draft: structuredClone(found.graph) });
          return { value: next, events: [{ type: 'call-flow-updated', id, version: next.version }] };
        }),

      async listCallSummaries(filter = {}) {
        const params: unknown[] = [ws];
        const where = ['workspace_id = $1'];
        const add = (column: string, value: string | undefined) => {
          if (value === undefined) return;
          params.push(value);
          where.push(`${column} = $${params.length}`);
        };
        add('call_flow_id', filter.callFlowId);
        add('step_id', filter.stepId);
        add('job_id', filter.jobId);
        add('source', filter.source);
        add('outcome', filter.outcome);
        const { rows } = await db.query<{ id: string }>(
          `SELECT id FROM call_summaries WHERE ${where.join(' AND ')} ORDER BY created_at DESC, position DESC`,
          params,
        );
        const page = paginate(rows, filter.cursor, filter.limit);
        if (page.items.length === 0) return { ...page, items: [] };
        const full = await db.query<CallSummaryRow>(
          `SELECT ${CALL_SUMMARY_COLUMNS} FROM call_summaries WHERE workspace_id = $1
           AND id IN (SELECT jsonb_array_elements_text($2::text::jsonb))`,
          [ws, asJson(page.items.map((row) => row.id))],
        );
        const byId = new Map(full.rows.map((row) => [row.id, toCallSummary(row)]));
        return { ...page, items: page.items.flatMap((row) => byId.get(row.id) ?? []) };
      },
      recordCallSummary: (input) =>
        write(ws, async (tx) => {
          const parsed = parseOrThrow(CallSummaryInputSchema, input, 'call summary');
          const flow = await tx.query(
            'SELECT 1 FROM call_flows WHERE workspace_id = $1 AND id = $2 FOR SHARE',
            [ws, parsed.callFlowId],
          );
          if (flow.rows.length === 0) throw callFlowNotFound();
          const summary: CallSummary = { ...parsed, id: newId('call'), createdAt: now() };
          await insertSummaries(tx, [summary]);
          return {
            value: summary,
            events: [{ type: 'call-summary-recorded', id: summary.id, callFlowId: summary.callFlowId }],
          };
        }),

      async exportWorkspace() {
        return exportWorkspace(await snapshot(db), new Date(now()));
      },
      importWorkspace: (document, importOptions = {}) =>
        write(
          ws,
          async (tx) => {
            const { data, outcome } = planImport(
              await snapshot(tx),
              document,
              importOptions.mode ?? 'merge',
              newId,
            );
            // Test cases first (they belong to flows); the foreign key would drop them with their flows anyway.
            for (const table of ['test_cases', 'call_summaries', 'call_flows', 'knowledge_pages', 'jobs'])
              await tx.query(`DELETE FROM ${table} WHERE workspace_id = $1`, [ws]);
            await insertJobs(tx, data.jobs);
            await insertKnowledge(tx, data.knowledge);
            await insertFlows(tx, data.callFlows);
            await insertSummaries(
              tx,
              [...data.callSummaries].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
            );
            await insertTestCases(
              tx,
              ws,
              [...data.testCases].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
            );
            return { value: outcome, events: [{ type: 'workspace-imported' }] };
          },
          true,
        ),
    };
  }

  return {
    workspace,
    ensureWorkspace,
    async readEvents(workspaceId, afterSeq, limit): Promise<EventBatch> {
      const size = Math.min(Math.max(Math.trunc(limit), 1), 10_000);
      const head = await db.query<{ last_seq: number | string; oldest: number | string | null }>(
        `SELECT w.last_seq, (SELECT min(seq) FROM events e WHERE e.workspace_id = w.id) AS oldest
         FROM workspaces w WHERE w.id = $1`,
        [workspaceId],
      );
      const lastSeq = Number(head.rows[0]?.last_seq ?? 0);
      const oldestRaw = head.rows[0]?.oldest;
      const oldest = oldestRaw === null || oldestRaw === undefined ? lastSeq + 1 : Number(oldestRaw);
      const after = Math.max(0, Math.trunc(afterSeq));
      const tooFarBehind = after < lastSeq && after < oldest - 1;
      const { rows } = await db.query<{ seq: number | string; payload: unknown }>(
        'SELECT seq, payload FROM events WHERE workspace_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
        [workspaceId, after, size],
      );
      const events: StoredEvent[] = rows.map((row) => ({
        seq: Number(row.seq),
        event: (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as ChangeEvent,
      }));
      return { events, tooFarBehind, lastSeq };
    },
    onCommitted(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async close() {
      listeners.clear();
      const stop = await listening;
      if (stop) await stop().catch(() => undefined);
      await db.close();
    },
  };
}
