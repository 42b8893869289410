import type { RoutingLocale } from '../../../routing/locale';
import { createRouter, type RouteResult } from '../../../routing/routeIntent';
import type { SimulatedJob } from '../types';

// The router indexes a job list once per list object (and re-indexes an edited job), but every call resolves its
// step afresh (`toSimulatedSonaStep` makes new job objects), so without this each call of a batch re-indexed all
// its jobs: most of a turn's time. Here a step's jobs map to one shared list per content, and each list keeps its
// routers, so the jobs are indexed once per content and an utterance already routed is not routed again.

type Router = ReturnType<typeof createRouter>;

/** A job list as the router sees it, and its routers by locale ('' when the caller's is guessed). */
interface RoutedJobs {
  readonly jobs: readonly SimulatedJob[];
  /** The same jobs without instructions: routing on names, descriptions and triggers only. */
  readonly bare: readonly SimulatedJob[];
  readonly routers: Map<string, Router>;
  readonly bareRouters: Map<string, Router>;
}

/** Lists by content; a few, as a batch or a designer session uses few job sets at a time (edits make new ones). */
const byContent = new Map<string, RoutedJobs>();
const MAX_CONTENTS = 32;
/** The list found for a step's own jobs array: the turns of one call pass the same array. */
const byList = new WeakMap<readonly SimulatedJob[], RoutedJobs>();

function sameText(a: SimulatedJob, b: SimulatedJob): boolean {
  return (
    a.id === b.id &&
    a.name === b.name &&
    a.description === b.description &&
    a.trigger === b.trigger &&
    a.instructions === b.instructions
  );
}

/** Each job text seen, by id, with a number for it: a list's content key is its jobs' numbers. */
const versions = new Map<string, Array<{ job: SimulatedJob; serial: number }>>();
const MAX_VERSIONS_PER_JOB = 4;
const MAX_JOB_IDS = 1000;
let nextSerial = 0;

// Joining the jobs' whole texts into one key cost as much as a turn's routing for each call: every call resolves
// its step into new objects. Comparing each job with the texts already seen is cheap, as the strings are usually
// the very same ones (from the workspace's jobs), so each comparison stops at the first pointer check.
function serialOf(job: SimulatedJob): number {
  let seen = versions.get(job.id);
  const known = seen?.find((version) => sameText(version.job, job));
  if (known) return known.serial;
  if (!seen) {
    if (versions.size >= MAX_JOB_IDS) versions.clear();
    seen = [];
    versions.set(job.id, seen);
  }
  const { id, name, description, trigger, instructions } = job;
  const serial = nextSerial++;
  seen.unshift({ job: { id, name, description, trigger, instructions }, serial });
  if (seen.length > MAX_VERSIONS_PER_JOB) seen.pop();
  return serial;
}

function routedJobs(jobs: readonly SimulatedJob[]): RoutedJobs {
  const known = byList.get(jobs);
  // A host may edit a job in place between turns: the text is checked, not trusted.
  if (
    known &&
    known.jobs.length === jobs.length &&
    jobs.every((job, i) => sameText(job, known.jobs[i] as SimulatedJob))
  )
    return known;
  const key = jobs.map(serialOf).join(' ');
  let routed = byContent.get(key);
  if (routed) {
    byContent.delete(key); // Re-inserted below: most recently used last.
  } else {
    // Copies, so later changes to the host's objects cannot reach the indexed text.
    const own = jobs.map(({ id, name, description, trigger, instructions }) => ({
      id,
      name,
      description,
      trigger,
      instructions,
    }));
    routed = {
      jobs: own,
      bare: own.map((job) => ({ ...job, instructions: '' })),
      routers: new Map(),
      bareRouters: new Map(),
    };
    if (byContent.size >= MAX_CONTENTS) byContent.delete(byContent.keys().next().value ?? '');
  }
  byContent.set(key, routed);
  byList.set(jobs, routed);
  return routed;
}

function routerFor(
  routers: Map<string, Router>,
  jobs: readonly SimulatedJob[],
  locale: RoutingLocale | undefined,
): Router {
  const key = locale ?? '';
  let router = routers.get(key);
  if (!router) {
    router = createRouter(jobs, { locale });
    routers.set(key, router);
  }
  return router;
}

/** Routes the caller's message to one of `jobs`, as `createRouter(jobs, { locale }).route(message)` does. */
export function routeToJob(
  jobs: readonly SimulatedJob[],
  message: string,
  locale: RoutingLocale | undefined,
): RouteResult {
  const routed = routedJobs(jobs);
  return routerFor(routed.routers, routed.jobs, locale).route(message);
}

/** Routes on names, descriptions and triggers only: as `routeToJob` with every job's instructions left out. */
export function routeToJobOnTrigger(
  jobs: readonly SimulatedJob[],
  message: string,
  locale: RoutingLocale | undefined,
): RouteResult {
  const routed = routedJobs(jobs);
  return routerFor(routed.bareRouters, routed.bare, locale).route(message);
}
