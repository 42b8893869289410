import type * as z from 'zod';
import { DesignerError } from '../errors';
import { foldForSearch } from '../text';
import { parseOrThrow } from './validation';

export interface VersionedEntity {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

interface CollectionOptions<T extends VersionedEntity> {
  /** "job", "knowledge page": used in messages. */
  noun: string;
  inputSchema: z.ZodType;
  patchSchema: z.ZodType;
  /** The text a search query matches. */
  searchText: (entity: T) => string;
  /** The label to sort by name. */
  sortName: (entity: T) => string;
}

export type CollectionSort = 'name' | 'updated' | 'created';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Stored entities with optimistic concurrency: writes carry the version the writer saw and fail with CONFLICT
 * (changing nothing) when it is stale. Keeps a folded search text per entity and caches sorted orders.
 */
export class VersionedCollection<T extends VersionedEntity> {
  private readonly items = new Map<string, T>();
  private readonly searchIndex = new Map<string, string>();
  private readonly sorted = new Map<CollectionSort, SortedEntities<T>>();

  constructor(private readonly options: CollectionOptions<T>) {}

  get size(): number {
    return this.items.size;
  }

  has(id: string): boolean {
    return this.items.has(id);
  }

  all(): T[] {
    return [...this.items.values()];
  }

  load(entities: readonly T[]): void {
    this.items.clear();
    this.searchIndex.clear();
    this.sorted.clear();
    for (const entity of entities) this.put(entity);
  }

  get(id: string): T {
    const entity = this.items.get(id);
    if (!entity) {
      throw new DesignerError(
        'NOT_FOUND',
        `This ${this.options.noun} no longer exists: someone may have deleted it.`,
      );
    }
    return entity;
  }

  /** Sorted and filtered, ready for paging (the cached order itself when nothing filters: do not change it). */
  list(query: { query?: string; ids?: readonly string[]; sort?: CollectionSort }): T[] {
    const sorted = this.sortedBy(query.sort ?? 'name');
    const { entities, texts } = sorted;
    const words = foldForSearch(query.query ?? '')
      .split(/\s+/)
      .filter(Boolean);
    if (query.ids) {
      const wanted = new Set(query.ids);
      return entities.filter(
        (entity, index) => wanted.has(entity.id) && includesAll(texts[index] as string, words),
      );
    }
    if (words.length === 0) return entities;
    // Searches run on each pause in typing, and typing narrows them: when each word of the last search is inside a
    // word of this one, only the last one's matches can match. A plain loop over texts kept in the same order.
    const last = sorted.lastSearch;
    const candidates = last && refines(words, last.words) ? last.matches : null;
    const matches: number[] = [];
    const count = candidates ? candidates.length : entities.length;
    // The first word inline: the loop runs before the engine has optimised it (a search soon after loading).
    const first = words[0] as string;
    for (let at = 0; at < count; at++) {
      const index = candidates ? (candidates[at] as number) : at;
      const text = texts[index] as string;
      if (text.includes(first) && (words.length === 1 || includesAll(text, words))) matches.push(index);
    }
    sorted.lastSearch = { words, matches };
    return matches.map((index) => entities[index] as T);
  }

  create(input: unknown, id: string, now: string): T {
    const parsed = parseOrThrow(this.options.inputSchema, input, this.options.noun) as object;
    const entity = { ...parsed, id, version: 1, createdAt: now, updatedAt: now } as unknown as T;
    this.put(entity);
    return entity;
  }

  /** Returns the stored entity; an update that changes nothing keeps the version. */
  update(id: string, patch: unknown, expectedVersion: number, now: string): T {
    const current = this.checkVersion(id, expectedVersion);
    const parsed = parseOrThrow(this.options.patchSchema, patch, this.options.noun) as Record<
      string,
      unknown
    >;
    const changes = Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined));
    const changed = Object.entries(changes).some(
      ([key, value]) => (current as unknown as Record<string, unknown>)[key] !== value,
    );
    if (!changed) return current;
    const next = { ...current, ...changes, version: current.version + 1, updatedAt: now } as T;
    this.put(next);
    return next;
  }

  checkVersion(id: string, expectedVersion: number): T {
    const current = this.get(id);
    if (current.version !== expectedVersion) {
      throw new DesignerError(
        'CONFLICT',
        `Someone else changed this ${this.options.noun} (now version ${current.version}, you edited version ${expectedVersion}). Compare the two before saving.`,
        { current: structuredClone(current) },
      );
    }
    return current;
  }

  delete(id: string): void {
    this.items.delete(id);
    this.searchIndex.delete(id);
    this.sorted.clear();
  }

  /** Stores an entity as given, with its version (a write made elsewhere); `create` and `update` check first. */
  put(entity: T): void {
    this.items.set(entity.id, entity);
    this.searchIndex.set(entity.id, foldForSearch(this.options.searchText(entity)));
    this.sorted.clear();
  }

  private sortedBy(sort: CollectionSort): SortedEntities<T> {
    let cached = this.sorted.get(sort);
    if (!cached) {
      const { sortName } = this.options;
      const byName = (a: T, b: T) => collator.compare(sortName(a), sortName(b)) || a.id.localeCompare(b.id);
      const entities = [...this.items.values()].sort(
        sort === 'name'
          ? byName
          : (a, b) => {
              const key = sort === 'updated' ? 'updatedAt' : 'createdAt';
              return b[key].localeCompare(a[key]) || byName(a, b);
            },
      );
      cached = { entities, texts: entities.map((entity) => this.searchIndex.get(entity.id) ?? '') };
      this.sorted.set(sort, cached);
    }
    return cached;
  }
}

/** Entities in one order, with their folded search texts at the same indexes. */
interface SortedEntities<T> {
  entities: T[];
  texts: string[];
  /** The last search in this order: its words and the indexes it matched. */
  lastSearch?: { words: readonly string[]; matches: readonly number[] };
}

/** Whether whatever matches `words` also matches `previous`: each previous word is inside one of `words`. */
function refines(words: readonly string[], previous: readonly string[]): boolean {
  return previous.every((old) => words.some((word) => word.includes(old)));
}

function includesAll(text: string, words: readonly string[]): boolean {
  for (let index = 0; index < words.length; index++) if (!text.includes(words[index] as string)) return false;
  return true;
}
