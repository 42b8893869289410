import type { ChangeEvent, DesignerAdapter, Job, KnowledgePage, UsagePlace } from '@sona-designer/core';
import { createStore, type StoreApi } from 'zustand/vanilla';

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
  /** Loads the jobs with these ids that are not loaded yet. */
  ensureJobs(ids: readonly string[]): Promise<void>;
  ensureKnowledge(ids: readonly string[]): Promise<void>;
  /** Keeps a job the UI just got from the adapter (e.g. after saving it). */
  putJob(job: Job): void;
  putKnowledge(page: KnowledgePage): void;
  /** Applies a change event from the adapter (another tab, a teammate). */
  applyChange(event: ChangeEvent): Promise<void>;
}

export type WorkspaceStore = StoreApi<WorkspaceState>;

const BATCH = 500;

/** The per-designer cache of jobs and knowledge pages, kept fresh by the adapter's change events. */
export function createWorkspaceStore(adapter: DesignerAdapter): WorkspaceStore {
  const inFlight = new Set<string>();

  return createStore<WorkspaceState>()((set, get) => {
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
        try {
          const { items } = await fetchPage(batch);
          const found = new Set(items.map((item) => item.id));
          set((current) => {
            const nextLoaded = {
              ...(kind === 'jobs' ? current.jobs : current.knowledge),
            } as unknown as Record<string, T>;
            const nextMissing = { ...(kind === 'jobs' ? current.missingJobs : current.missingKnowledge) };
            for (const item of items) nextLoaded[item.id] = item;
            for (const id of batch) if (!found.has(id)) nextMissing[id] = true;
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
      ensureJobUsage: (ids) => loadUsage(ids, 'jobUsage', (id) => adapter.getJobUsage(id)),
      ensureKnowledgeUsage: (ids) => loadUsage(ids, 'knowledgeUsage', (id) => adapter.getKnowledgeUsage(id)),
      jobs: {},
      missingJobs: {},
      knowledge: {},
      missingKnowledge: {},
      ensureJobs: (ids) => load(ids, 'jobs', (batch) => adapter.listJobs({ ids: batch, limit: BATCH })),
      ensureKnowledge: (ids) =>
        load(ids, 'knowledge', (batch) => adapter.listKnowledge({ ids: batch, limit: BATCH })),
      putJob: (job) =>
        set((state) => {
          const { [job.id]: _gone, ...missingJobs } = state.missingJobs;
          return { jobs: { ...state.jobs, [job.id]: job }, missingJobs };
        }),
      putKnowledge: (page) =>
        set((state) => {
          const { [page.id]: _gone, ...missingKnowledge } = state.missingKnowledge;
          return { knowledge: { ...state.knowledge, [page.id]: page }, missingKnowledge };
        }),
      applyChange: async (event) => {
        switch (event.type) {
          case 'job-created':
          case 'job-updated': {
            const known = get().jobs[event.id];
            if (event.type === 'job-updated' && (!known || known.version >= event.version)) return;
            get().putJob(await adapter.getJob(event.id));
            return;
          }
          case 'job-deleted':
            set((state) => {
              const { [event.id]: _gone, ...jobs } = state.jobs;
              return { jobs, missingJobs: { ...state.missingJobs, [event.id]: true } };
            });
            return;
          case 'knowledge-created':
          case 'knowledge-updated': {
            const known = get().knowledge[event.id];
            if (event.type === 'knowledge-updated' && (!known || known.version >= event.version)) return;
            get().putKnowledge(await adapter.getKnowledge(event.id));
            return;
          }
          case 'knowledge-deleted':
            set((state) => {
              const { [event.id]: _gone, ...knowledge } = state.knowledge;
              return { knowledge, missingKnowledge: { ...state.missingKnowledge, [event.id]: true } };
            });
            return;
          case 'call-flow-created':
          case 'call-flow-updated':
          case 'call-flow-published':
            // Attachments may have changed anywhere: usage is fetched again when next shown.
            set({ jobUsage: {}, knowledgeUsage: {} });
            return;
          case 'workspace-imported':
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
