import type { Job } from '../model/job';
import { type AnalysedWord, analyseText } from './analyseText';
import { boundedEditDistance } from './editDistance';
import { servedIntents } from './intents';

/** The parts of a job the router reads. */
export type RoutableJob = Pick<Job, 'id' | 'name' | 'description' | 'trigger' | 'instructions'>;

/** One job's words, counted once: name, description and trigger are strong; instructions are weak. */
export interface JobIndex {
  readonly id: string;
  readonly strong: ReadonlyMap<string, number>;
  readonly weak: ReadonlyMap<string, number>;
  readonly strongLength: number;
  readonly weakLength: number;
  /** Words as written → their terms, for typo matching. */
  readonly surface: ReadonlyMap<string, readonly string[]>;
  /**
   * The general call intents the job serves, read from its name, description and trigger only: instructions say
   * what Sona does ("take a message", "confirm the address"), not what the caller asks for.
   */
  readonly intents: ReadonlySet<string>;
  /** The intents its text names, served or only as the object of another ("cancel an appointment"). */
  readonly namedIntents: ReadonlySet<string>;
}

/** What routing needs to know about a step's jobs as a whole. */
export interface RoutingCorpus {
  readonly indexes: readonly JobIndex[];
  readonly documentFrequency: ReadonlyMap<string, number>;
  readonly averageStrongLength: number;
  readonly averageWeakLength: number;
  /** How many jobs serve each general call intent (by intent id). */
  readonly intentFrequency: ReadonlyMap<string, number>;
  /** The terms of the closest known word within a few typos, or undefined. */
  correctTypo(word: string): readonly string[] | undefined;
  /** A known term sharing a long start with `term`, or undefined. */
  sharedPrefixTerm(term: string): string | undefined;
}

/** Light stemmers leave derivations apart ("discriminat-ed" / "discrimin-ation"): a long common start joins them. */
const PREFIX_LENGTH = 6;

/** Counts each word under every meaning it has: the caller's words pick the one that fits. */
function countTerms(
  words: readonly AnalysedWord[],
  surface: Map<string, readonly string[]>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { word, term, also = [] } of words) {
    const terms = [term, ...also];
    for (const each of terms) counts.set(each, (counts.get(each) ?? 0) + 1);
    if (word.length >= 4 && !word.includes(' ')) surface.set(word, terms);
  }
  return counts;
}

function indexJob(job: RoutableJob): JobIndex {
  const strongText = `${job.name}\n${job.description}\n${job.trigger}`;
  const { locale } = analyseText(`${strongText}\n${job.instructions}`);
  const surface = new Map<string, readonly string[]>();
  const strongWords = analyseText(strongText, locale).words;
  const weakWords = analyseText(job.instructions, locale).words;
  const { served, named } = servedIntents(strongText);
  return {
    id: job.id,
    strong: countTerms(strongWords, surface),
    weak: countTerms(weakWords, surface),
    strongLength: strongWords.length,
    weakLength: weakWords.length,
    surface,
    intents: served,
    namedIntents: named,
  };
}

const jobIndexCache = new WeakMap<RoutableJob, { fields: readonly string[]; index: JobIndex }>();

/** Indexes a job once per object and content: editing a job's text re-indexes it, routing again does not. */
export function cachedJobIndex(job: RoutableJob): JobIndex {
  const fields = [job.id, job.name, job.description, job.trigger, job.instructions];
  const cached = jobIndexCache.get(job);
  if (cached?.fields.every((value, i) => value === fields[i])) return cached.index;
  const index = indexJob(job);
  jobIndexCache.set(job, { fields, index });
  return index;
}

function maxTypos(word: string): number {
  if (word.length >= 8) return 2;
  return word.length >= 4 ? 1 : 0;
}

const VOWELS = /^[aeiouy]$/;

/**
 * Short words allow only the typo that sounds right: one vowel for another ("leek" for "leak").
 * Any other edit of a four-letter word lands on a different word too often ("bill" / "bell" aside).
 */
function isSoundAlikeTypo(word: string, candidate: string): boolean {
  if (word.length !== candidate.length) return false;
  let differences = 0;
  for (let i = 0; i < word.length; i++) {
    if (word[i] === candidate[i]) continue;
    if (!VOWELS.test(word[i] ?? '') || !VOWELS.test(candidate[i] ?? '')) return false;
    differences++;
  }
  return differences === 1;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What routing needs over a list of indexed jobs: how many jobs know each term and serve each intent. */
export function buildCorpus(indexes: readonly JobIndex[]): RoutingCorpus {
  const documentFrequency = new Map<string, number>();
  for (const index of indexes) {
    for (const term of new Set([...index.strong.keys(), ...index.weak.keys()])) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const intentFrequency = new Map<string, number>();
  for (const index of indexes) {
    for (const intent of index.intents) intentFrequency.set(intent, (intentFrequency.get(intent) ?? 0) + 1);
  }
  const count = indexes.length || 1;
  // Callers rarely get the first two letters wrong, and two words that differ there are usually two words, not a
  // typo ("massage" / "message", "vendez" / "rendez"); keying typo candidates by them is also fast.
  let typoBuckets: Map<string, [string, readonly string[]][]> | undefined;
  let prefixBuckets: Map<string, string[]> | undefined;

  function correctTypo(word: string): readonly string[] | undefined {
    const max = maxTypos(word);
    if (max === 0) return undefined;
    if (!typoBuckets) {
      typoBuckets = new Map();
      const seen = new Set<string>();
      for (const index of indexes) {
        for (const [surface, terms] of index.surface) {
          if (seen.has(surface)) continue;
          seen.add(surface);
          pushTo(typoBuckets, `${surface.slice(0, 2)}${surface.length}`, [surface, terms]);
        }
      }
    }
    let best: { terms: readonly string[]; distance: number } | undefined;
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const [candidate, terms] of typoBuckets.get(`${word.slice(0, 2)}${length}`) ?? []) {
        if (word.length < 5 && !isSoundAlikeTypo(word, candidate)) continue;
        const distance = boundedEditDistance(word, candidate, best ? best.distance - 1 : max);
        if (distance <= max && (!best || distance < best.distance)) best = { terms, distance };
      }
    }
    return best?.terms;
  }

  function sharedPrefixTerm(term: string): string | undefined {
    if (term.length < PREFIX_LENGTH || term.startsWith('~')) return undefined;
    if (!prefixBuckets) {
      prefixBuckets = new Map();
      for (const known of documentFrequency.keys()) {
        if (known.length >= PREFIX_LENGTH) pushTo(prefixBuckets, known.slice(0, PREFIX_LENGTH), known);
      }
    }
    return prefixBuckets
      .get(term.slice(0, PREFIX_LENGTH))
      ?.find((known) => known.startsWith(term) || term.startsWith(known));
  }

  return {
    indexes,
    documentFrequency,
    intentFrequency,
    averageStrongLength: indexes.reduce((sum, index) => sum + index.strongLength, 0) / count || 1,
    averageWeakLength: indexes.reduce((sum, index) => sum + index.weakLength, 0) / count || 1,
    correctTypo,
    sharedPrefixTerm,
  };
}

const corpusCache = new WeakMap<readonly RoutableJob[], RoutingCorpus>();

/** The corpus of a job list, rebuilt only when a job was added, removed, reordered or edited. */
export function cachedCorpus(jobs: readonly RoutableJob[]): RoutingCorpus {
  const indexes = jobs.map(cachedJobIndex);
  const cached = corpusCache.get(jobs);
  if (
    cached &&
    cached.indexes.length === indexes.length &&
    cached.indexes.every((index, i) => index === indexes[i])
  ) {
    return cached;
  }
  const corpus = buildCorpus(indexes);
  corpusCache.set(jobs, corpus);
  return corpus;
}
