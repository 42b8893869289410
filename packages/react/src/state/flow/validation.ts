import { type FlowGraph, type GraphIssue, type Job, validateGraph } from '@sona-designer/core';
import { triggerOverlaps } from '@sona-designer/core/routing';
import { retryDelay, type WorkspaceStore } from '../workspace/workspaceStore';
import type { LoadState } from './editable';
import { createTimer, type Scheduler } from './scheduler';
import { toDesignerError } from './toDesignerError';

/** The draft's problems, as the list of problems and the canvas show them. */
export interface ValidationState {
  issues: GraphIssue[];
  /** Issues per step, with stable arrays for steps whose issues did not change. */
  issuesByStep: Record<string, GraphIssue[]>;
}

/** Past this many steps, validation runs just after edits rather than on each one. */
export const DEFERRED_VALIDATION_STEPS = 300;
/** The pause after the last edit of a large flow before its issues follow. */
export const DEFERRED_VALIDATION_MS = 150;
/** A failed load of the referenced jobs and pages is tried again (with backoff) at most this many times. */
export const REFERENCED_RETRIES = 12;

/** The part of the flow store's state validation reads. */
export type ValidationView = ValidationState & { draft: FlowGraph; loadState: LoadState };

/** What validation reads from the flow store and writes to it. */
export interface ValidationHost {
  get(): ValidationView;
  set(patch: ValidationState): void;
}

/** Validation of one flow's draft against the workspace's jobs and knowledge. */
export interface Validation {
  /** The issues of a draft. Cached: the same draft against the same jobs has the same issues. */
  issuesOf(draft: FlowGraph): ValidationState;
  /**
   * The issues to store with an edit: computed at once, except for a loaded large flow, whose issues follow a
   * moment after the last edit (an empty patch now).
   */
  afterEdit(draft: FlowGraph): Partial<ValidationState>;
  /** Validates the current draft again, once the flow is loaded (jobs were loaded, edited or deleted elsewhere). */
  revalidate(): void;
  /**
   * Loads the jobs and knowledge pages the graph uses into the workspace, then updates the issues if any was missing.
   * Never rejects: a failed load is retried with backoff on the scheduler until it succeeds or failed
   * `REFERENCED_RETRIES` times in a row.
   */
  loadReferenced(graph: FlowGraph): Promise<void>;
}

function sameIssues(a: GraphIssue[] | undefined, b: GraphIssue[]): boolean {
  return (
    a !== undefined &&
    a.length === b.length &&
    a.every((issue, index) => issue.code === b[index]?.code && issue.message === b[index]?.message)
  );
}

/** Validation for one flow store (its cache and its timer are that store's, not the module's). */
export function createValidation(
  workspace: WorkspaceStore,
  scheduler: Scheduler,
  { get, set }: ValidationHost,
): Validation {
  /** The last validation and what it was computed from (the provider and the store may both ask after one load). */
  let last: { inputs: readonly unknown[]; result: ValidationState } | null = null;
  const deferred = createTimer(scheduler);
  /** The retry of a failed `loadReferenced` (one at a time: it loads what the draft uses by then). */
  const referencedRetry = createTimer(scheduler);

  function issuesOf(draft: FlowGraph): ValidationState {
    const { missingJobs, missingKnowledge, jobs: loadedJobs } = workspace.getState();
    const inputs = [draft, loadedJobs, missingJobs, missingKnowledge];
    if (last?.inputs.every((input, index) => input === inputs[index])) return last.result;
    const referencedJobs = new Set<string>();
    const referencedKnowledge = new Set<string>();
    for (const step of draft.steps) {
      if (step.kind !== 'sona') continue;
      for (const id of step.jobIds) if (!missingJobs[id]) referencedJobs.add(id);
      for (const id of step.knowledgeIds) if (!missingKnowledge[id]) referencedKnowledge.add(id);
    }
    // Once the attached jobs are loaded, their texts let validation spot triggers too alike to tell apart.
    const jobTexts = [...referencedJobs].map((id) => loadedJobs[id]);
    const jobs = jobTexts.every((job) => job !== undefined) ? (jobTexts as Job[]) : referencedJobs;
    const issues = validateGraph(draft, { jobs, knowledge: referencedKnowledge, triggerOverlaps });
    const previous = get().issuesByStep;
    const grouped: Record<string, GraphIssue[]> = {};
    for (const issue of issues) {
      if (!issue.stepId) continue;
      const list = grouped[issue.stepId] ?? [];
      list.push(issue);
      grouped[issue.stepId] = list;
    }
    const issuesByStep: Record<string, GraphIssue[]> = {};
    for (const [stepId, list] of Object.entries(grouped)) {
      const old = previous[stepId];
      issuesByStep[stepId] = old && sameIssues(old, list) ? old : list;
    }
    const result = { issues, issuesByStep };
    last = { inputs, result };
    return result;
  }

  function revalidate(): void {
    if (get().loadState === 'ready') set(issuesOf(get().draft));
  }

  async function loadReferenced(graph: FlowGraph, failures: number): Promise<void> {
    const sona = graph.steps.flatMap((step) => (step.kind === 'sona' ? [step] : []));
    const before = workspace.getState();
    const results = await Promise.allSettled([
      before.ensureJobs(sona.flatMap((step) => step.jobIds)),
      before.ensureKnowledge(sona.flatMap((step) => step.knowledgeIds)),
    ]);
    const after = workspace.getState();
    // Ids found missing change the unknown-job issues; job texts change the overlap warnings.
    if (
      after.missingJobs !== before.missingJobs ||
      after.missingKnowledge !== before.missingKnowledge ||
      after.jobs !== before.jobs
    ) {
      set(issuesOf(get().draft));
    }
    const failure = results.find((result) => result.status === 'rejected');
    if (failure && failures < REFERENCED_RETRIES && toDesignerError(failure.reason).retryable) {
      // The canvas shows the names once they load: try again (what the draft uses by then) rather than leave them
      // loading. A later call, after an edit, replaces this retry.
      referencedRetry.restart(retryDelay(failures + 1), () => {
        void loadReferenced(get().draft, failures + 1);
      });
    }
  }

  return {
    issuesOf,
    revalidate,
    afterEdit(draft) {
      // A large flow takes tens of milliseconds to validate: typing in its inspector must not wait for it, so its
      // issues follow a moment after the last edit (publishing validates again on the server side anyway).
      if (draft.steps.length <= DEFERRED_VALIDATION_STEPS || get().loadState !== 'ready')
        return issuesOf(draft);
      deferred.restart(DEFERRED_VALIDATION_MS, revalidate);
      return {};
    },
    loadReferenced(graph) {
      referencedRetry.cancel();
      return loadReferenced(graph, 0);
    },
  };
}
