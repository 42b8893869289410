import { createRouter, type RoutableJob } from './routeIntent';

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
