import type { Job } from '../model/job';
import type { KnowledgePage } from '../model/knowledge';
import { foldForSearch } from '../text';

/** The text a job search matches (fold it with `foldForSearch` before storing or comparing). */
export function jobSearchText(job: Pick<Job, 'name' | 'description' | 'trigger'>): string {
  return `${job.name}\n${job.description}\n${job.trigger}`;
}

/** The text a knowledge search matches: the title. */
export function knowledgeSearchText(page: Pick<KnowledgePage, 'title'>): string {
  return page.title;
}

/** The folded words of a search query: an entity matches when its folded search text contains every one. */
export function searchWords(query: string | undefined): string[] {
  return foldForSearch(query ?? '')
    .split(/\s+/)
    .filter(Boolean);
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The order of lists sorted by name: case- and accent-insensitive, numbers by value, then by id. */
export function compareByName(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
}

/** The order of lists sorted by `updated` or `created`: newest first (ISO strings), then by name. */
export function compareByTime(
  key: 'updatedAt' | 'createdAt',
): (
  a: { name: string; id: string; updatedAt: string; createdAt: string },
  b: { name: string; id: string; updatedAt: string; createdAt: string },
) => number {
  return (a, b) => b[key].localeCompare(a[key]) || compareByName(a, b);
}
