import {
  callFlowConflict,
  callFlowNotFound,
  callFlowSummaryRow,
  DRAFT_REFUSAL,
  nextRevision,
  planImport,
  refuseFailingTests,
  refuseInUse,
  refuseMissingReferences,
  refuseOverfullSteps,
  refuseUnpublishable,
  requiresPassingTests,
  restoreRefusal,
  revisionNotFound,
  sortCallFlowRows,
  starterCallFlow,
} from '../backend';
import { jobSearchText, knowledgeSearchText } from '../backend/search';
import { DesignerError } from '../errors';
import { exportWorkspace } from '../io/export';
import type { ImportOutcome, WorkspaceData } from '../io/types';
import type { CallFlow } from '../model/callFlow';
import { type CallSummary, CallSummaryInputSchema } from '../model/callSummary';
import { FlowGraphSchema } from '../model/graph';
import { type Job, JobInputSchema, JobPatchSchema } from '../model/job';
import { KnowledgeInputSchema, type KnowledgePage, KnowledgePatchSchema } from '../model/knowledge';
import { jobUsage, knowledgeUsage, usageCounts } from '../rules/jobUsage';
import type { runTestCases } from '../simulator/engine/tests/runTestCase';
import type { InMemoryAdapter, InMemoryCommit } from './commit';
import { paginate } from './pagination';
import { TestCaseCollection } from './testCases';
import type { ChangeEvent, ChangeListener } from './types';
import { parseOrThrow } from './validation';
import { VersionedCollection } from './versionedCollection';

/**
 * Options of `createInMemoryAdapter`, all optional: seed data, and a simulated latency and failure rate to
 * show loading and error states in a demo or a story.
 */
export interface InMemoryAdapterOptions {
  /** Initial workspace. It is copied in, not validated: seed it with data shaped like the schemas. */
  seed?: Partial<WorkspaceData>;
  /** Delay of every call, to show loading states. */
  latencyMs?: number;
  /** Probability (0..1) that a call fails with `UNAVAILABLE` before doing anything, to show error states. */
  failureRate?: number;
  /** Random source for `failureRate` (default Math.random), to make failures reproducible. */
  random?: () => number;
  /** Clock for timestamps. */
  now?: () => Date;
  /**
   * Called after each write this adapter stores, with the records written: pass it to another copy's
   * `applyCommit` to keep copies of one workspace in step (e.g. browser tabs). Not called for applied commits.
   */
  onCommit?: (commit: InMemoryCommit) => void;
}

/** `runTestCases`, loaded once on demand (see `publishCallFlow`). */
let testRunner: typeof runTestCases | undefined;
const TESTS_UNAVAILABLE = 'The tests could not be run. Nothing was published: try again.';

/** Loads the test runner; a failed load (a chunk the network lost) is `UNAVAILABLE`, worth retrying. */
async function loadTestRunner(): Promise<void> {
  if (testRunner) return;
  try {
    testRunner = (await import('../simulator/engine/tests/runTestCase')).runTestCases;
  } catch {
    throw new DesignerError('UNAVAILABLE', TESTS_UNAVAILABLE);
  }
}

function copy<T>(value: T): T {
  return structuredClone(value);
}

/**
 * The reference `DesignerAdapter`: the whole workspace in memory. Data is copied in and out, so no caller can change
 * stored state through a reference. Used by the demo, Storybook and tests.
 */
export function createInMemoryAdapter(options: InMemoryAdapterOptions = {}): InMemoryAdapter {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const random = options.random ?? Math.random;
  const listeners = new Set<ChangeListener>();
  let counter = 0;

  const jobs = new VersionedCollection<Job>({
    noun: 'job',
    inputSchema: JobInputSchema,
    patchSchema: JobPatchSchema,
    searchText: jobSearchText,
    sortName: (job) => job.name,
  });
  const knowledge = new VersionedCollection<KnowledgePage>({
    noun: 'knowledge page',
    inputSchema: KnowledgeInputSchema,
    patchSchema: KnowledgePatchSchema,
    searchText: knowledgeSearchText,
    sortName: (page) => page.title,
  });
  const flows = new Map<string, CallFlow>();
  let summaries: CallSummary[] = [];
  const testCases = new TestCaseCollection();

  function load(data: Partial<WorkspaceData>): void {
    jobs.load(copy(data.jobs ?? []));
    knowledge.load(copy(data.knowledge ?? []));
    flows.clear();
    for (const flow of copy(data.callFlows ?? [])) flows.set(flow.id, flow);
    summaries = copy(data.callSummaries ?? []).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    testCases.load(copy(data.testCases ?? []));
  }
  load(options.seed ?? {});

  function snapshot(): WorkspaceData {
    return {
      jobs: jobs.all(),
      knowledge: knowledge.all(),
      callFlows: [...flows.values()],
      callSummaries: summaries,
      testCases: testCases.all(),
    };
  }

  function newId(prefix: string): string {
    const taken = (id: string) =>
      jobs.has(id) ||
      knowledge.has(id) ||
      flows.has(id) ||
      testCases.has(id) ||
      summaries.some((s) => s.id === id);
    let id: string;
    do id = `${prefix}-${(++counter).toString(36)}${Math.floor(random() * 1e6).toString(36)}`;
    while (taken(id));
    return id;
  }

  function emit(event: ChangeEvent, madeHere = true): void {
    if (madeHere && options.onCommit) {
      try {
        options.onCommit(commitOf(event));
      } catch {
        // As for listeners: the write is stored, and a failing copy must not make it look failed.
      }
    }
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch {
        // A failing listener must not undo or block a stored write.
      }
    }
  }

  function commitOf(event: ChangeEvent): InMemoryCommit {
    switch (event.type) {
      case 'job-created':
      case 'job-updated':
        return { event, job: copy(jobs.get(event.id)) };
      case 'knowledge-created':
      case 'knowledge-updated':
        return { event, page: copy(knowledge.get(event.id)) };
      case 'call-flow-created':
      case 'call-flow-updated':
      case 'call-flow-published':
        return { event, flow: copy(getFlow(event.id)) };
      case 'call-summary-recorded': {
        const summary = summaries.find((candidate) => candidate.id === event.id);
        if (!summary) throw new Error(`Call summary ${event.id} was reported but not stored.`);
        return { event, summary: copy(summary) };
      }
      case 'test-case-created':
      case 'test-case-updated':
        return { event, testCase: copy(testCases.get(event.id)) };
      case 'workspace-imported':
        return { event, workspace: copy(snapshot()) };
      case 'job-deleted':
        return { event };
      case 'knowledge-deleted':
        return { event };
      case 'test-case-deleted':
        return { event };
    }
  }

  /** A commit from elsewhere: stored unless this copy holds the same version or newer (it arrived twice or late). */
  function applyCommit(commit: InMemoryCommit): boolean {
    const isNewer = (held: { version: number } | undefined, incoming: { version: number }) =>
      held === undefined || incoming.version > held.version;
    if ('job' in commit) {
      if (!isNewer(jobs.has(commit.job.id) ? jobs.get(commit.job.id) : undefined, commit.job)) return false;
      jobs.put(copy(commit.job));
    } else if ('page' in commit) {
      const held = knowledge.has(commit.page.id) ? knowledge.get(commit.page.id) : undefined;
      if (!isNewer(held, commit.page)) return false;
      knowledge.put(copy(commit.page));
    } else if ('flow' in commit) {
      if (!isNewer(flows.get(commit.flow.id), commit.flow)) return false;
      flows.set(commit.flow.id, copy(commit.flow));
    } else if ('summary' in commit) {
      if (summaries.some((summary) => summary.id === commit.summary.id)) return false;
      summaries = [copy(commit.summary), ...summaries].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    } else if ('testCase' in commit) {
      const held = testCases.has(commit.testCase.id) ? testCases.get(commit.testCase.id) : undefined;
      if (!isNewer(held, commit.testCase)) return false;
      testCases.put(copy(commit.testCase));
    } else if ('workspace' in commit) {
      load(commit.workspace);
    } else if (commit.event.type === 'job-deleted' && jobs.has(commit.event.id)) {
      jobs.delete(commit.event.id);
    } else if (commit.event.type === 'knowledge-deleted' && knowledge.has(commit.event.id)) {
      knowledge.delete(commit.event.id);
    } else if (commit.event.type === 'test-case-deleted' && testCases.has(commit.event.id)) {
      testCases.delete(commit.event.id);
    } else {
      return false;
    }
    emit(commit.event, false);
    return true;
  }

  /** Every call: latency, then maybe a simulated outage (which changes nothing), then the work, copied out. */
  async function call<T>(work: () => T): Promise<T> {
    const latency = options.latencyMs ?? 0;
    await (latency > 0 ? new Promise((resolve) => setTimeout(resolve, latency)) : Promise.resolve());
    if ((options.failureRate ?? 0) > 0 && random() < (options.failureRate ?? 0)) {
      throw new DesignerError(
        'UNAVAILABLE',
        'The workspace could not be reached. Your work is kept: try again.',
      );
    }
    return copy(work());
  }

  function getFlow(id: string): CallFlow {
    const flow = flows.get(id);
    if (!flow) throw callFlowNotFound();
    return flow;
  }

  function checkFlowVersion(id: string, expectedVersion: number): CallFlow {
    const flow = getFlow(id);
    if (flow.version !== expectedVersion) throw callFlowConflict(flow, expectedVersion);
    return flow;
  }

  function writeFlow(flow: CallFlow, changes: Partial<CallFlow>): CallFlow {
    const next = { ...flow, ...changes, version: flow.version + 1, updatedAt: now() };
    flows.set(next.id, next);
    return next;
  }

  /** A draft names only jobs and pages that exist, so it can always be published, exported and imported back. */
  const exists = {
    job: (id: string) => jobs.has(id),
    knowledge: (id: string) => knowledge.has(id),
  };

  const adapter: InMemoryAdapter = {
    listJobs: (query = {}) =>
      call(() => {
        if (query.sort !== 'usage')
          return paginate(jobs.list({ ...query, sort: query.sort ?? 'name' }), query.cursor, query.limit);
        const counts = usageCounts([...flows.values()]);
        const byUsage = [...jobs.list({ ...query, sort: 'name' })].sort(
          (a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0),
        );
        return paginate(byUsage, query.cursor, query.limit);
      }),
    getJob: (id) => call(() => jobs.get(id)),
    createJob: (input) =>
      call(() => {
        const job = jobs.create(input, newId('job'), now());
        emit({ type: 'job-created', id: job.id, version: job.version });
        return job;
      }),
    updateJob: (id, patch, expectedVersion) =>
      call(() => {
        const before = jobs.get(id).version;
        const job = jobs.update(id, patch, expectedVersion, now());
        if (job.version !== before) emit({ type: 'job-updated', id, version: job.version });
        return job;
      }),
    deleteJob: (id, expectedVersion) =>
      call(() => {
        jobs.checkVersion(id, expectedVersion);
        refuseInUse('job', jobUsage(id, [...flows.values()]));
        jobs.delete(id);
        emit({ type: 'job-deleted', id });
      }),
    getJobUsage: (id) =>
      call(() => {
        jobs.get(id);
        return jobUsage(id, [...flows.values()]);
      }),
    listTemplates: async (locale) => {
      // Loaded on demand: the template texts are the largest part of the core and most screens never need them.
      const { listJobTemplates } = await import('../templates');
      return call(() => listJobTemplates(locale));
    },

    listKnowledge: (query = {}) => call(() => paginate(knowledge.list(query), query.cursor, query.limit)),
    getKnowledge: (id) => call(() => knowledge.get(id)),
    createKnowledge: (input) =>
      call(() => {
        const page = knowledge.create(input, newId('kn'), now());
        emit({ type: 'knowledge-created', id: page.id, version: page.version });
        return page;
      }),
    updateKnowledge: (id, patch, expectedVersion) =>
      call(() => {
        const before = knowledge.get(id).version;
        const page = knowledge.update(id, patch, expectedVersion, now());
        if (page.version !== before) emit({ type: 'knowledge-updated', id, version: page.version });
        return page;
      }),
    deleteKnowledge: (id, expectedVersion) =>
      call(() => {
        knowledge.checkVersion(id, expectedVersion);
        refuseInUse('knowledge page', knowledgeUsage(id, [...flows.values()]));
        knowledge.delete(id);
        emit({ type: 'knowledge-deleted', id });
      }),
    getKnowledgeUsage: (id) =>
      call(() => {
        knowledge.get(id);
        return knowledgeUsage(id, [...flows.values()]);
      }),

    listCallFlows: () => call(() => sortCallFlowRows([...flows.values()].map(callFlowSummaryRow))),
    getCallFlow: (id) => call(() => getFlow(id)),
    createCallFlow: (input) =>
      call(() => {
        const flow = starterCallFlow(input, newId('flow'), now());
        flows.set(flow.id, flow);
        emit({ type: 'call-flow-created', id: flow.id, version: flow.version });
        return flow;
      }),
    saveDraft: (id, graph, expectedVersion) =>
      call(() => {
        const flow = checkFlowVersion(id, expectedVersion);
        refuseOverfullSteps(graph);
        const draft = parseOrThrow(FlowGraphSchema, graph, 'draft');
        refuseMissingReferences(draft, exists, DRAFT_REFUSAL);
        const next = writeFlow(flow, { draft });
        emit({ type: 'call-flow-updated', id, version: next.version });
        return next;
      }),
    publishCallFlow: async (id, expectedVersion) => {
      // Loaded on demand, as the templates are: the simulator is most of the core, and only a flow that requires
      // passing tests runs it here. The draft is read again inside `call`, where the version is checked.
      const held = flows.get(id);
      if (held && requiresPassingTests(held) && testCases.ofFlow(id).length > 0) await loadTestRunner();
      return call(() => {
        const flow = checkFlowVersion(id, expectedVersion);
        const context = { jobs: jobs.all(), knowledge: knowledge.all() };
        refuseUnpublishable(flow, context);
        const tests = testCases.ofFlow(id);
        if (requiresPassingTests(flow) && tests.length > 0) {
          // Only if the setting or a test came while this call waited: nothing is changed, and the next try has it.
          if (!testRunner) throw new DesignerError('UNAVAILABLE', TESTS_UNAVAILABLE);
          refuseFailingTests(flow, tests, { ...context, runTestCases: testRunner });
        }
        const revision = nextRevision(flow, now());
        const next = writeFlow(flow, { published: revision, revisions: [...flow.revisions, revision] });
        emit({ type: 'call-flow-published', id, version: next.version });
        return next;
      });
    },
    listRevisions: (id) => call(() => [...getFlow(id).revisions].reverse()),
    restoreRevision: (id, revision, expectedVersion) =>
      call(() => {
        const flow = checkFlowVersion(id, expectedVersion);
        const found = flow.revisions.find((candidate) => candidate.revision === revision);
        if (!found) throw revisionNotFound(flow, revision);
        refuseMissingReferences(found.graph, exists, restoreRefusal(flow, revision));
        const next = writeFlow(flow, { draft: copy(found.graph) });
        emit({ type: 'call-flow-updated', id, version: next.version });
        return next;
      }),

    listCallSummaries: (filter = {}) =>
      call(() => {
        const matching = summaries.filter(
          (summary) =>
            (filter.callFlowId === undefined || summary.callFlowId === filter.callFlowId) &&
            (filter.stepId === undefined || summary.stepId === filter.stepId) &&
            (filter.jobId === undefined || summary.jobId === filter.jobId) &&
            (filter.source === undefined || summary.source === filter.source) &&
            (filter.outcome === undefined || summary.outcome === filter.outcome),
        );
        return paginate(matching, filter.cursor, filter.limit);
      }),
    recordCallSummary: (input) =>
      call(() => {
        const parsed = parseOrThrow(CallSummaryInputSchema, input, 'call summary');
        getFlow(parsed.callFlowId);
        const summary: CallSummary = { ...parsed, id: newId('call'), createdAt: now() };
        summaries = [summary, ...summaries];
        emit({ type: 'call-summary-recorded', id: summary.id, callFlowId: summary.callFlowId });
        return summary;
      }),

    listTestCases: (callFlowId) =>
      call(() => {
        getFlow(callFlowId);
        return testCases.ofFlow(callFlowId);
      }),
    createTestCase: (input) =>
      call(() => {
        const test = testCases.create(input, newId('test'), now(), (id) => flows.has(id));
        emit({ type: 'test-case-created', id: test.id, callFlowId: test.callFlowId, version: test.version });
        return test;
      }),
    updateTestCase: (id, patch, expectedVersion) =>
      call(() => {
        const before = testCases.get(id).version;
        const test = testCases.update(id, patch, expectedVersion, now());
        if (test.version !== before)
          emit({ type: 'test-case-updated', id, callFlowId: test.callFlowId, version: test.version });
        return test;
      }),
    deleteTestCase: (id, expectedVersion) =>
      call(() => {
        const test = testCases.checkVersion(id, expectedVersion);
        testCases.delete(id);
        emit({ type: 'test-case-deleted', id, callFlowId: test.callFlowId });
      }),

    exportWorkspace: () => call(() => exportWorkspace(snapshot(), new Date(now()))),
    importWorkspace: (document, importOptions = {}) =>
      call((): ImportOutcome => {
        const { data, outcome } = planImport(snapshot(), document, importOptions.mode ?? 'merge', newId);
        load(data);
        emit({ type: 'workspace-imported' });
        return outcome;
      }),

    applyCommit,
    snapshot: () => copy(snapshot()),

    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  return adapter;
}
