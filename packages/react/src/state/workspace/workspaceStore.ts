import {
  type ChangeEvent,
  type DesignerAdapter,
  isDesignerError,
  type Job,
  type KnowledgePage,
  type UsagePlace,
} from '@sona-designer/core';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { realScheduler, type Scheduler, type TimerHandle } from '../flow/scheduler';
import { toDesignerError } from '../flow/toDesignerError';

export interface WorkspaceState {
  /** Jobs loaded so far, by id (the workspace may hold 10,000+: only what is shown is loaded). */
  jobs: Record<string, Job>;
  /** Ids asked for that do not exist (deleted elsewhere). */
  missingJobs: Record<string, true>;
  knowledge: Record<string, KnowledgePage>;
  missingKnowledge: Record<string, true>;
  /** Where each job is used (Sona steps in drafts and published flows), for the jobs asked for so far. */
  jobUsage: Record<string, UsagePlace[]>;
  knowledgeUsage: Record<string, UsagePlace[]>;
  /** Loads the usage of these jobs (those not known yet); call flow changes clear the cache. */
  ensureJobUsage(ids: readonly string[]): Promise<void>;
  ensureKnowledgeUsage(ids: readonly string[]): Promise<void>;
  /**
   * Loads the jobs with these ids that are not loaded yet. Rejects when the adapter fails (for a caller that shows
   * it), but a caller may also ignore the promise: its failure is never reported as an unhandled rejection.
   */
  ensureJobs(ids: readonly string[]): Promise<void>;
  ensureKnowledge(ids: readonly string[]): Promise<void>;
  /** Keeps a job the UI just got from the adapter (e.g. after saving it), unless a newer version is kept already. */
  putJob(job: Job): void;
  putKnowledge(page: KnowledgePage): void;
  /**
   * Applies a change event from the adapter (another tab, a teammate): the changed job or page is read again, and a
   * failed read is retried (with backoff) until it succeeds or a newer event supersedes it. Answers are kept by
   * version, whatever order they arrive in. Resolves once the first read settled; never rejects.
   */
  applyChange(event: ChangeEvent): Promise<void>;
  /** Cancels the retries waiting (the provider unmounts); later events start new ones. */
  cancelRefreshes(): void;
}

/** Options of `createWorkspaceStore`. */
export interface WorkspaceStoreOptions {
  /** The timers of the retries; tests pass a fake one. */
  scheduler?: Scheduler;
}

export type WorkspaceStore = StoreApi<WorkspaceState>;

const BATCH = 500;

/** The first retry of a failed re-read waits this long; each next one twice as long, up to `REFRESH_RETRY_MAX_MS`. */
export const REFRESH_RETRY_MS = 250;
export const REFRESH_RETRY_MAX_MS = 8_000;

/** The pause before the retry that follows `failures` failed reads. */
export function retryDelay(failures: number): number {
  return Math.min(REFRESH_RETRY_MS * 2 ** Math.max(0, failures - 1), REFRESH_RETRY_MAX_MS);
}

/** A promise whose rejection a caller may ignore: it is never reported as unhandled, and still rejects for others. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** The re-read of one job or page after a change event, until it brings back at least `version`. */
interface Refresh {
  version: number;
  failures: number;
  timer: TimerHandle | null;
}

type Versioned = { id: string; version: number };

/** The per-designer cache of jobs and knowledge pages, kept fresh by the adapter's change events. */
export function createWorkspaceStore(
  adapter: DesignerAdapter,
  { scheduler = realScheduler }: WorkspaceStoreOptions = {},
): WorkspaceStore {
  const inFlight = new Set<string>();
  /** The re-reads under way, by `jobs:id` or `knowledge:id`. */
  const refreshes = new Map<string, Refresh>();
  /** Increases with each import: answers to reads started before it are dropped. */
  let epoch = 0;

  return createStore<WorkspaceState>()((set, get) => {
    /** Keeps `item` unless the copy kept is newer (answers may arrive in any order). */
    function keep(kind: 'jobs' | 'knowledge', item: Versioned, insert: boolean): void {
      set((state) => {
        const loaded = (kind === 'jobs' ? state.jobs : state.knowledge) as Record<string, Versioned>;
        const known = loaded[item.id];
        if (known ? known.version > item.version || known === item : !insert) return state;
        const missing = kind === 'jobs' ? state.missingJobs : state.missingKnowledge;
        const { [item.id]: _gone, ...rest } = missing;
        const nextMissing = item.id in missing ? rest : missing;
        return kind === 'jobs'
          ? { jobs: { ...state.jobs, [item.id]: item as Job }, missingJobs: nextMissing }
          : {
              knowledge: { ...state.knowledge, [item.id]: item as KnowledgePage },
              missingKnowledge: nextMissing,
            };
      });
    }

    function markMissing(kind: 'jobs' | 'knowledge', id: string): void {
      set((state) => {
        if (kind === 'jobs') {
          const { [id]: _gone, ...jobs } = state.jobs;
          return { jobs, missingJobs: { ...state.missingJobs, [id]: true } };
        }
        const { [id]: _gone, ...knowledge } = state.knowledge;
        return { knowledge, missingKnowledge: { ...state.missingKnowledge, [id]: true } };
      });
    }

    function cancelRefresh(key: string): void {
      const refresh = refreshes.get(key);
      if (refresh?.timer != null) scheduler.clearTimeout(refresh.timer);
      refreshes.delete(key);
    }

    /** Reads the job or page again until it brings back `version` or newer (or a newer event takes over). */
    function refresh(kind: 'jobs' | 'knowledge', id: string, version: number): Promise<void> {
      const key = `${kind}:${id}`;
      const current = refreshes.get(key);
      // A read for this version or a newer one is under way (or waiting to retry): it answers for this event too.
      if (current && current.version >= version) return Promise.resolve();
      cancelRefresh(key);
      const entry: Refresh = { version, failures: 0, timer: null };
      refreshes.set(key, entry);
      const started = epoch;
      const attempt = (): Promise<void> =>
        (kind === 'jobs' ? adapter.getJob(id) : adapter.getKnowledge(id)).then(
          (item: Versioned) => {
            if (started !== epoch) return;
            const mine = refreshes.get(key) === entry;
            // A superseded read may still bring a newer copy of a kept item, but never adds one (deleted since).
            keep(kind, item, mine);
            if (!mine) return;
            if (item.version >= entry.version) refreshes.delete(key);
            else retry();
          },
          (error: unknown) => {
            if (started !== epoch || refreshes.get(key) !== entry) return;
            const loaded = (kind === 'jobs' ? get().jobs : get().knowledge) as Record<string, Versioned>;
            if ((loaded[id]?.version ?? -1) >= entry.version) {
              refreshes.delete(key);
            } else if (isDesignerError(error, 'NOT_FOUND')) {
              refreshes.delete(key);
              markMissing(kind, id);
            } else if (toDesignerError(error).retryable) {
              retry();
            } else {
              // Nothing a retry could change: the cached copy stays until the next event or load.
              refreshes.delete(key);
            }
          },
        );
      function retry(): void {
        entry.failures += 1;
        entry.timer = scheduler.setTimeout(() => {
          entry.timer = null;
          if (refreshes.get(key) === entry) void attempt();
        }, retryDelay(entry.failures));
      }
      return attempt();
    }

    async function load<T extends { id: string }>(
      ids: readonly string[],
      kind: 'jobs' | 'knowledge',
      fetchPage: (ids: string[]) => Promise<{ items: T[] }>,
    ): Promise<void> {
      const state = get();
      const loaded = kind === 'jobs' ? state.jobs : state.knowledge;
      const missing = kind === 'jobs' ? state.missingJobs : state.missingKnowledge;
      const wanted = [...new Set(ids)].filter(
        (id) => !loaded[id] && !missing[id] && !inFlight.has(`${kind}:${id}`),
      );
      for (let start = 0; start < wanted.length; start += BATCH) {
        const batch = wanted.slice(start, start + BATCH);
        for (const id of batch) inFlight.add(`${kind}:${id}`);
        const started = epoch;
        try {
          const { items } = await fetchPage(batch);
          if (started !== epoch) continue;
          const found = new Set(items.map((item) => item.id));
          set((current) => {
            const nextLoaded = {
              ...(kind === 'jobs' ? current.jobs : current.knowledge),
            } as unknown as Record<string, T & { version?: number }>;
            const nextMissing = { ...(kind === 'jobs' ? current.missingJobs : current.missingKnowledge) };
            for (const item of items as Array<T & { version?: number }>) {
              const known = nextLoaded[item.id];
              // A re-read after a change event may have brought a newer copy meanwhile: keep it.
              if (!known || (known.version ?? 0) <= (item.version ?? 0)) nextLoaded[item.id] = item;
            }
            for (const id of batch) if (!found.has(id) && !nextLoaded[id]) nextMissing[id] = true;
            return kind === 'jobs'
              ? { jobs: nextLoaded as unknown as Record<string, Job>, missingJobs: nextMissing }
              : {
                  knowledge: nextLoaded as unknown as Record<string, KnowledgePage>,
                  missingKnowledge: nextMissing,
                };
          });
        } finally {
          for (const id of batch) inFlight.delete(`${kind}:${id}`);
        }
      }
    }

    async function loadUsage(
      ids: readonly string[],
      kind: 'jobUsage' | 'knowledgeUsage',
      fetchUsage: (id: string) => Promise<UsagePlace[]>,
    ): Promise<void> {
      const known = get()[kind];
      const wanted = [...new Set(ids)].filter((id) => !known[id] && !inFlight.has(`${kind}:${id}`));
      if (wanted.length === 0) return;
      for (const id of wanted) inFlight.add(`${kind}:${id}`);
      try {
        const results = await Promise.all(
          wanted.map((id) =>
            fetchUsage(id).then(
              (places) => [id, places] as const,
              () => [id, null] as const,
            ),
          ),
        );
        set((state) => {
          const next = { ...state[kind] };
          for (const [id, places] of results) if (places) next[id] = places;
          return { [kind]: next } as Pick<WorkspaceState, typeof kind>;
        });
      } finally {
        for (const id of wanted) inFlight.delete(`${kind}:${id}`);
      }
    }

    return {
      jobUsage: {},
      knowledgeUsage: {},
      ensureJobUsage: (ids) => handled(loadUsage(ids, 'jobUsage', (id) => adapter.getJobUsage(id))),
      ensureKnowledgeUsage: (ids) =>
        handled(loadUsage(ids, 'knowledgeUsage', (id) => adapter.getKnowledgeUsage(id))),
      jobs: {},
      missingJobs: {},
      knowledge: {},
      missingKnowledge: {},
      ensureJobs: (ids) =>
        handled(load(ids, 'jobs', (batch) => adapter.listJobs({ ids: batch, limit: BATCH }))),
      ensureKnowledge: (ids) =>
        handled(load(ids, 'knowledge', (batch) => adapter.listKnowledge({ ids: batch, limit: BATCH }))),
      putJob: (job) => keep('jobs', job, true),
      putKnowledge: (page) => keep('knowledge', page, true),
      cancelRefreshes: () => {
        for (const key of [...refreshes.keys()]) cancelRefresh(key);
      },
      applyChange: async (event) => {
        switch (event.type) {
          case 'job-created':
          case 'job-updated': {
            const known = get().jobs[event.id];
            if (known ? known.version >= event.version : event.type === 'job-updated') return;
            return refresh('jobs', event.id, event.version);
          }
          case 'job-deleted':
            cancelRefresh(`jobs:${event.id}`);
            markMissing('jobs', event.id);
            return;
          case 'knowledge-created':
          case 'knowledge-updated': {
            const known = get().knowledge[event.id];
            if (known ? known.version >= event.version : event.type === 'knowledge-updated') return;
            return refresh('knowledge', event.id, event.version);
          }
          case 'knowledge-deleted':
            cancelRefresh(`knowledge:${event.id}`);
            markMissing('knowledge', event.id);
            return;
          case 'call-flow-created':
          case 'call-flow-updated':
          case 'call-flow-published':
            // Attachments may have changed anywhere: usage is fetched again when next shown.
            set({ jobUsage: {}, knowledgeUsage: {} });
            return;
          case 'workspace-imported':
            epoch += 1;
            get().cancelRefreshes();
            set({
              jobs: {},
              missingJobs: {},
              knowledge: {},
              missingKnowledge: {},
              jobUsage: {},
              knowledgeUsage: {},
            });
            return;
          default:
            return;
        }
      },
    };
  });
}
