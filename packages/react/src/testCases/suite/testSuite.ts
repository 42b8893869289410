import type {
  ChangeEvent,
  DesignerAdapter,
  DesignerError,
  FlowGraph,
  Job,
  KnowledgePage,
  TestCase,
  TestCaseInput,
  TestCasePatch,
} from '@sona-designer/core';
import { type FlowCallContext, runTestCase, type TestCaseResult } from '@sona-designer/core/simulator';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type FlowStore, type Scheduler, toDesignerError, type WorkspaceStore } from '../../state';
import { runInSlices, type SlicedRun } from './runInSlices';

/** The results of the suite on one version of the flow (the draft, or the published revision). */
export interface SuiteRun {
  /** By test case id; a test not run yet (or added since) has none. */
  results: Record<string, TestCaseResult>;
  /** True from an edit until its run finished: the results shown are the previous ones. */
  running: boolean;
  done: number;
  total: number;
  /** The graph the results are for (`null` before the first run, or with no published revision). */
  graph: FlowGraph | null;
}

/** What the tests panel, the publish bar's count and the drawer read about a flow's saved test cases. */
export interface TestSuiteState {
  loadState: 'loading' | 'ready' | 'error';
  loadError: DesignerError | null;
  /** The flow's test cases, oldest first. */
  testCases: TestCase[];
  draft: SuiteRun;
  published: SuiteRun;
  /** Asks the drawer to show the tests (and one test's result) when it opens or is open; `at` makes each ask new. */
  request: { testCaseId: string | null; at: number } | null;
}

/** What the tests' UI does with the suite; writes go through the adapter and throw its `DesignerError`. */
export interface TestSuiteActions {
  load(): Promise<void>;
  /** Runs the draft and the published revision again now (Run all). */
  runAll(): void;
  create(input: TestCaseInput): Promise<TestCase>;
  update(id: string, patch: TestCasePatch, expectedVersion: number): Promise<TestCase>;
  remove(id: string, expectedVersion: number): Promise<void>;
  /** Asks the drawer to show the tests, opened on one test when given. */
  show(testCaseId: string | null): void;
  dispose(): void;
}

export type TestSuite = StoreApi<TestSuiteState & TestSuiteActions>;

/** What a suite is created with: the flow's store and what the provider holds. */
export interface TestSuiteOptions {
  flow: FlowStore;
  adapter: DesignerAdapter;
  workspace: WorkspaceStore;
  scheduler: Scheduler;
  /** Pause after the last edit before the draft runs again. */
  debounceMs?: number;
}

const EMPTY_RUN: SuiteRun = { results: {}, running: false, done: 0, total: 0, graph: null };

function referencedIds(graphs: readonly (FlowGraph | null | undefined)[], testCases: readonly TestCase[]) {
  const jobs = new Set<string>();
  const pages = new Set<string>();
  for (const graph of graphs) {
    for (const step of graph?.steps ?? []) {
      if (step.kind !== 'sona') continue;
      for (const id of step.jobIds) jobs.add(id);
      for (const id of step.knowledgeIds) pages.add(id);
    }
  }
  for (const testCase of testCases) {
    for (const expectation of testCase.expectations) {
      if (expectation.kind === 'job-fires') jobs.add(expectation.jobId);
      if (expectation.kind === 'knowledge-quoted') pages.add(expectation.pageId);
    }
  }
  return { jobs: [...jobs], pages: [...pages] };
}

function byCreation(a: TestCase, b: TestCase): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;
}

/**
 * A flow's saved test cases and their results on the draft and on the published revision, kept current: the
 * suite loads the tests through the adapter, follows its change events, and runs again by itself after every edit
 * of the draft (debounced), every publish and every change of a job or page it uses. Runs go in short slices
 * between which the browser handles input, so typing never waits for a suite to finish; a new edit cancels the run
 * in progress.
 */
export function createTestSuite({
  flow,
  adapter,
  workspace,
  scheduler,
  debounceMs = 300,
}: TestSuiteOptions): TestSuite {
  const flowId = flow.getState().flowId;
  let pending: { draft: boolean; published: boolean } = { draft: false, published: false };
  let timer: unknown = null;
  let current: SlicedRun | null = null;
  let disposed = false;
  // Set by the store below; the subscriptions made after it call it.
  let schedule: (which: { draft?: boolean; published?: boolean }, delay?: number) => void = () => {};

  const suite = createStore<TestSuiteState & TestSuiteActions>()((set, get) => {
    function context(): FlowCallContext {
      const { jobs, knowledge } = workspace.getState();
      return {
        jobs: Object.values(jobs).filter((job): job is Job => job !== undefined),
        knowledge: Object.values(knowledge).filter((page): page is KnowledgePage => page !== undefined),
      };
    }

    function publishedGraph(): FlowGraph | null {
      return flow.getState().flow?.published?.graph ?? null;
    }

    /** Runs what is pending, the draft first (what the person is editing), then the published revision. */
    function runPending(): void {
      timer = null;
      if (disposed || get().loadState !== 'ready') return;
      current?.cancel();
      const which: 'draft' | 'published' | null = pending.draft
        ? 'draft'
        : pending.published
          ? 'published'
          : null;
      if (!which) return;
      pending = { ...pending, [which]: false };
      const graph = which === 'draft' ? flow.getState().draft : publishedGraph();
      const { testCases } = get();
      if (!graph) {
        set({ [which]: EMPTY_RUN });
        runPending();
        return;
      }
      const runContext = context();
      set((state) => ({ [which]: { ...state[which], running: true, done: 0, total: testCases.length } }));
      current = runInSlices(testCases, (testCase) => runTestCase(graph, testCase, runContext), scheduler, {
        onProgress: (done, total) =>
          set((state) => ({ [which]: { ...state[which], running: true, done, total } })),
        onDone: (results) => {
          current = null;
          const byId: Record<string, TestCaseResult> = {};
          for (const result of results) byId[result.testCaseId] = result;
          set({
            [which]: { results: byId, running: false, done: results.length, total: results.length, graph },
          });
          runPending();
        },
        onError: () => {
          // An engine failure on one graph (a bug) must not leave the count spinning for ever.
          current = null;
          set((state) => ({ [which]: { ...state[which], running: false } }));
          runPending();
        },
      });
    }

    /** Marks runs as due and starts them after the pause (or at once); a run in progress restarts with the edit. */
    schedule = (which, delay = debounceMs) => {
      if (disposed) return;
      pending = {
        draft: pending.draft || Boolean(which.draft),
        published: pending.published || Boolean(which.published),
      };
      if (which.draft) set((state) => ({ draft: { ...state.draft, running: true } }));
      if (current && which.draft) {
        current.cancel();
        current = null;
        pending.published ||= get().published.running;
      }
      if (timer !== null) scheduler.clearTimeout(timer);
      timer = scheduler.setTimeout(runPending, delay);
    };

    /** Loads what the runs read (the attached jobs and pages, and those the expectations name), then runs both. */
    function refreshAll(): void {
      const { testCases } = get();
      const ids = referencedIds([flow.getState().draft, publishedGraph()], testCases);
      const state = workspace.getState();
      void Promise.all([
        state.ensureJobs(ids.jobs).catch(() => undefined),
        state.ensureKnowledge(ids.pages).catch(() => undefined),
      ]).then(() => schedule({ draft: true, published: true }, 0));
    }

    function keep(testCase: TestCase): void {
      const others = get().testCases.filter((candidate) => candidate.id !== testCase.id);
      set({ testCases: [...others, testCase].sort(byCreation) });
      refreshAll();
    }

    return {
      loadState: 'loading',
      loadError: null,
      testCases: [],
      draft: EMPTY_RUN,
      published: EMPTY_RUN,
      request: null,

      async load() {
        set({ loadState: 'loading', loadError: null });
        try {
          const testCases = await adapter.listTestCases(flowId);
          if (disposed) return;
          set({ testCases: [...testCases].sort(byCreation), loadState: 'ready' });
          refreshAll();
        } catch (error) {
          set({ loadState: 'error', loadError: toDesignerError(error) });
        }
      },

      runAll() {
        refreshAll();
      },

      async create(input) {
        const created = await adapter.createTestCase(input);
        keep(created);
        return created;
      },

      async update(id, patch, expectedVersion) {
        const updated = await adapter.updateTestCase(id, patch, expectedVersion);
        keep(updated);
        return updated;
      },

      async remove(id, expectedVersion) {
        await adapter.deleteTestCase(id, expectedVersion);
        set({ testCases: get().testCases.filter((candidate) => candidate.id !== id) });
        refreshAll();
      },

      show(testCaseId) {
        set({ request: { testCaseId, at: scheduler.now() } });
      },

      dispose() {
        disposed = true;
        current?.cancel();
        if (timer !== null) scheduler.clearTimeout(timer);
        for (const stop of stops) stop();
      },
    };
  });

  // Another tab, a teammate or the host changed a test of this flow: read the list again.
  const onEvent = (event: ChangeEvent) => {
    if (event.type === 'workspace-imported') {
      void reload();
      return;
    }
    if (!event.type.startsWith('test-case-') || !('callFlowId' in event) || event.callFlowId !== flowId)
      return;
    void reload();
  };
  async function reload(): Promise<void> {
    try {
      const testCases = await adapter.listTestCases(flowId);
      if (disposed) return;
      suite.setState({ testCases: [...testCases].sort(byCreation), loadState: 'ready', loadError: null });
      const ids = referencedIds([flow.getState().draft, flow.getState().flow?.published?.graph], testCases);
      await workspace
        .getState()
        .ensureJobs(ids.jobs)
        .catch(() => undefined);
      await workspace
        .getState()
        .ensureKnowledge(ids.pages)
        .catch(() => undefined);
      suite.getState().runAll();
    } catch {
      // The list shown stays; the next event or Run all reads it again.
    }
  }

  const stops = [
    adapter.subscribe(onEvent),
    flow.subscribe((state, previous) => {
      if (state.draft !== previous.draft) suite.getState().loadState === 'ready' && schedule({ draft: true });
      if (state.flow?.published?.revision !== previous.flow?.published?.revision) {
        schedule({ published: true }, 0);
      }
    }),
    workspace.subscribe((state, previous) => {
      if (state.jobs !== previous.jobs || state.knowledge !== previous.knowledge) {
        schedule({ draft: true, published: true });
      }
    }),
  ];

  return suite;
}
