import { createRouter, type RoutableJob } from './routeIntent';

/** Two attached jobs whose triggers the router cannot tell apart reliably. */
export interface TriggerOverlap {
  /** The two jobs, in the order they are attached. */
  jobIds: [string, string];
  /** How close the runner-up came, 0..1 (1: the router cannot tell them apart). */
  closeness: number;
}

/** From this closeness on, two triggers are too alike for the router to pick reliably. */
export const OVERLAP_CLOSENESS = 0.8;

/**
 * Pairs of jobs whose triggers the router cannot tell apart: routing one job's trigger (or, without one, its
 * description) over the set, the other job scores nearly as high as the job itself.
 */
export function triggerOverlaps(
  jobs: readonly RoutableJob[],
  closeness = OVERLAP_CLOSENESS,
): TriggerOverlap[] {
  if (jobs.length < 2) return [];
  const key = `${closeness}\u0001${jobs.map((job) => job.id).join('\u0000')}`;
  const known = recent.get(key);
  if (known && sameJobs(known.jobs, jobs)) return known.overlaps.slice();
  const overlaps = findOverlaps(jobs, closeness);
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value ?? '');
  recent.set(key, { jobs: jobs.map(routingFields), overlaps });
  return overlaps.slice();
}

/**
 * Recent answers by attached jobs. The designer re-validates the whole flow after each edit; a Sona step whose jobs
 * did not change is then not routed again (at 1,000 steps: ~12 ms → ~3 ms per validation).
 */
const recent = new Map<string, { jobs: readonly RoutableJob[]; overlaps: TriggerOverlap[] }>();
const RECENT_LIMIT = 5000;

/** A copy of what routing reads, so a job edited in place is not mistaken for the one remembered. */
function routingFields({ id, name, description, trigger, instructions }: RoutableJob): RoutableJob {
  return { id, name, description, trigger, instructions };
}

function sameJobs(remembered: readonly RoutableJob[], jobs: readonly RoutableJob[]): boolean {
  return (
    remembered.length === jobs.length &&
    remembered.every((job, i) => {
      const other = jobs[i];
      return (
        other !== undefined &&
        job.name === other.name &&
        job.description === other.description &&
        job.trigger === other.trigger &&
        job.instructions === other.instructions
      );
    })
  );
}

function findOverlaps(jobs: readonly RoutableJob[], closeness: number): TriggerOverlap[] {
  const router = createRouter([...jobs]);
  const order = new Map(jobs.map((job, index) => [job.id, index]));
  const found = new Map<string, TriggerOverlap>();
  for (const job of jobs) {
    const sentence = job.trigger.trim() || job.description.trim();
    if (!sentence) continue;
    const ranked = router.route(sentence).ranked;
    const own = ranked.find((entry) => entry.jobId === job.id);
    if (!own || own.score <= 0) continue;
    for (const other of ranked) {
      if (other.jobId === job.id || other.score <= 0) continue;
      const ratio = Math.min(1, other.score / own.score);
      if (ratio < closeness) continue;
      const pair = [job.id, other.jobId].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)) as [
        string,
        string,
      ];
      const key = pair.join('\u0000');
      const previous = found.get(key);
      if (!previous || previous.closeness < ratio) found.set(key, { jobIds: pair, closeness: ratio });
    }
  }
  return [...found.values()];
}
