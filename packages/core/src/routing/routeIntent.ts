import { type AnalysedWord, analyseText, termsOf } from './analyseText';
import type { RoutingLocale } from './locale';
import { cachedCorpus, type JobIndex, type RoutableJob, type RoutingCorpus } from './routingCorpus';
import { isModifier } from './stopWords';

export type { RoutableJob } from './routingCorpus';

/** How to route: the caller's language and how sure the router must be. */
export interface RouteOptions {
  /** The caller's language; guessed from the utterance when omitted. */
  locale?: RoutingLocale;
  /** Minimum confidence (0..1) for a job to be chosen. */
  threshold?: number;
}

/** One job's score for an utterance; `ranked` lists every job, best first. */
export interface RankedJob {
  jobId: string;
  score: number;
  /** The caller's words that matched this job, as they typed them (folded). */
  matched: string[];
}

/** The chosen job (or null when none is confident enough), its confidence (0..1) and every job ranked. */
export interface RouteResult {
  jobId: string | null;
  confidence: number;
  ranked: RankedJob[];
}

/** The confidence below which no job is chosen, unless `threshold` says otherwise. */
export const DEFAULT_ROUTE_THRESHOLD = 0.4;

const STRONG_WEIGHT = 1;
const WEAK_WEIGHT = 0.3;
const FUZZY_PENALTY = 0.8;
/** The weight of a word that qualifies rather than names ("new", "big"). */
const MODIFIER_WEIGHT = 0.3;
/**
 * How much confidence is lost when the runner-up scores as high as the best job: then the caller's words
 * do not tell the jobs apart, and often they matched a word both jobs merely mention.
 */
const TIE_PENALTY = 0.2;
/** A caller word no job knows still counts against confidence, but less than a known one: it may be small talk. */
const UNKNOWN_WORD_WEIGHT = 0.35;
/** A caller word that another job knows but the best one does not. */
const UNMATCHED_WORD_WEIGHT = 0.5;
const CACHE_SIZE = 500;

/** A caller's word and the terms it may mean; it counts once per job, through the meaning that fits best. */
interface QueryTerm {
  readonly word: string;
  readonly terms: readonly string[];
  readonly weight: number;
}

/** Creates a router over a fixed list of jobs: jobs are indexed once and results are cached per utterance. */
export function createRouter(jobs: readonly RoutableJob[], options: RouteOptions = {}) {
  return routerOver(cachedCorpus(jobs), options);
}

function routerOver(corpus: RoutingCorpus, options: RouteOptions) {
  const { indexes, documentFrequency, averageStrongLength, averageWeakLength } = corpus;
  const threshold = options.threshold ?? DEFAULT_ROUTE_THRESHOLD;
  const jobCount = indexes.length;
  const maxIdf = Math.log(1 + (jobCount + 0.5) / 0.5);
  const cache = new Map<string, RouteResult>();

  function idf(term: string): number {
    const df = documentFrequency.get(term) ?? 0;
    return Math.log(1 + (jobCount - df + 0.5) / (df + 0.5)) / maxIdf;
  }

  function known(terms: readonly string[]): readonly string[] {
    return terms.filter((term) => documentFrequency.has(term));
  }

  function resolveTerm(word: AnalysedWord, locale: RoutingLocale): QueryTerm | undefined {
    const own = known([word.term, ...(word.also ?? [])]);
    if (own.length > 0) return { word: word.word, terms: own, weight: 1 };
    if (word.word.includes(' ')) return undefined;
    const other = known(termsOf(word.word, locale === 'fr' ? 'en' : 'fr'));
    if (other.length > 0) return { word: word.word, terms: other, weight: 1 };
    const typo = corpus.correctTypo(word.word);
    const prefix = typo ? undefined : corpus.sharedPrefixTerm(word.term);
    const corrected = typo ? known(typo) : prefix ? [prefix] : [];
    return corrected.length > 0 ? { word: word.word, terms: corrected, weight: FUZZY_PENALTY } : undefined;
  }

  function termScore(index: JobIndex, term: string): number {
    const strong = index.strong.get(term) ?? 0;
    const weak = index.weak.get(term) ?? 0;
    if (strong === 0 && weak === 0) return 0;
    const lengthNorm = index.weakLength / averageWeakLength;
    const weakPart = (WEAK_WEIGHT * weak) / (weak + 1.2 * (0.25 + 0.75 * lengthNorm));
    // As in BM25, a word weighs more in a short, focused trigger than in a long one that lists many things.
    const focus = 1 / (0.75 + 0.25 * (index.strongLength / averageStrongLength));
    const strongPart = strong > 0 ? STRONG_WEIGHT * focus * (1 + 0.15 * Math.min(strong - 1, 2)) : 0;
    return idf(term) * (strongPart + weakPart);
  }

  function scoreJob(index: JobIndex, terms: readonly QueryTerm[]): RankedJob {
    let score = 0;
    const matched: string[] = [];
    for (const { word, terms: meanings, weight } of terms) {
      let best = 0;
      for (const term of meanings) best = Math.max(best, termScore(index, term));
      if (best === 0) continue;
      score += weight * best;
      matched.push(word);
    }
    return { jobId: index.id, score, matched };
  }

  function compute(utterance: string): RouteResult {
    const { locale, words } = analyseText(utterance, options.locale);
    const seen = new Set<string>();
    const terms: QueryTerm[] = [];
    let unknownWords = 0;
    for (const word of words) {
      if (seen.has(word.word)) continue;
      seen.add(word.word);
      const resolved = resolveTerm(word, locale);
      if (resolved && isModifier(word.word))
        terms.push({ ...resolved, weight: resolved.weight * MODIFIER_WEIGHT });
      else if (resolved) terms.push(resolved);
      else unknownWords++;
    }
    const ranked = indexes
      .map((index, order) => ({ order, result: scoreJob(index, terms) }))
      .sort((a, b) => b.result.score - a.result.score || a.order - b.order)
      .map(({ result }) => result);
    const best = ranked[0];
    const confidence = best ? confidenceOf(best, ranked[1], terms, unknownWords) : 0;
    const jobId = best && best.score > 0 && confidence >= threshold ? best.jobId : null;
    return { jobId, confidence: Math.round(confidence * 1000) / 1000, ranked };
  }

  /**
   * How much of what the caller said the best job explains: its score against the words it left unexplained.
   * Words no job knows weigh less, and less and less as they pile up: callers pad their request with small talk.
   * A runner-up close behind lowers it: the words do not single out one job.
   */
  function confidenceOf(
    best: RankedJob,
    runnerUp: RankedJob | undefined,
    terms: readonly QueryTerm[],
    unknownWords: number,
  ): number {
    if (best.score <= 0) return 0;
    const matched = new Set(best.matched);
    let unexplained = UNKNOWN_WORD_WEIGHT * Math.sqrt(unknownWords);
    for (const { word, terms: meanings } of terms) {
      if (matched.has(word)) continue;
      const rarest = Math.max(...meanings.map(idf));
      unexplained += UNMATCHED_WORD_WEIGHT * Math.max(rarest, 0.25);
    }
    const share = (runnerUp?.score ?? 0) / best.score;
    return (best.score / (best.score + unexplained)) * (1 - TIE_PENALTY * share * share);
  }

  return {
    route(utterance: string): RouteResult {
      // Copies out, so a caller that changes a result cannot change what the next caller gets.
      const cached = cache.get(utterance);
      if (cached) return structuredClone(cached);
      const result = compute(utterance);
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
      cache.set(utterance, result);
      return structuredClone(result);
    },
  };
}

/** Which of `jobs` the caller's words ask for, with a confidence, or `jobId: null` when none fits well enough. */
export function routeIntent(
  utterance: string,
  jobs: readonly RoutableJob[],
  options: RouteOptions = {},
): RouteResult {
  return routerOver(cachedCorpus(jobs), options).route(utterance);
}
