import { type AnalysedWord, analyseText, foldedWords, termsOf } from './analyseText';
import { type CallIntent, type IntentMatch, intentsOfWords } from './intents';
import type { RoutingLocale } from './locale';
import { cachedCorpus, type JobIndex, type RoutableJob, type RoutingCorpus } from './routingCorpus';
import { ROUTING_WEIGHTS, type RoutingWeights } from './routingWeights';
import { isModifier } from './stopWords';

export type { CallIntent } from './intents';
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
  /**
   * The general call intent heard in the caller's words, for the trace ("heard: asking for a person"): the one
   * the chosen job shares when there is one, else the clearest one heard; absent when the words express none.
   */
  intent?: CallIntent;
}

/** The confidence below which no job is chosen, unless `threshold` says otherwise. */
export const DEFAULT_ROUTE_THRESHOLD = 0.4;

const STRONG_WEIGHT = 1;
const CACHE_SIZE = 500;

/** A caller's word and the terms it may mean; it counts once per job, through the meaning that fits best. */
interface QueryTerm {
  readonly word: string;
  readonly terms: readonly string[];
  readonly weight: number;
}

/**
 * The intents each caller word was said for, when it was part of a phrase (a cue of two words or more); a word
 * that also stated another intent on its own keeps that sense too ("premier rdv" is still a booking).
 */
function phraseSenses(
  heard: readonly IntentMatch[],
  served: ReadonlyMap<string, number>,
): Map<string, string[]> {
  // Only a phrase some job serves takes its words away from the others: else no job is the better reading.
  const inPhrase = new Set(
    heard.flatMap((match) => (match.strength > 1 && served.has(match.intent.id) ? match.words : [])),
  );
  const senses = new Map<string, string[]>();
  for (const match of heard) {
    for (const word of match.words) {
      if (!inPhrase.has(word)) continue;
      const intents = senses.get(word);
      if (intents) intents.push(match.intent.id);
      else senses.set(word, [match.intent.id]);
    }
  }
  return senses;
}

/** Creates a router over a fixed list of jobs: jobs are indexed once and results are cached per utterance. */
export function createRouter(jobs: readonly RoutableJob[], options: RouteOptions = {}) {
  return routerOver(cachedCorpus(jobs), options);
}

/** A router that counts evidence with other weights than the fitted ones: for fitting them (test/routing/fitWeights.ts). */
export function createWeightedRouter(
  jobs: readonly RoutableJob[],
  options: RouteOptions,
  weights: RoutingWeights,
) {
  return routerOver(cachedCorpus(jobs), options, weights);
}

function routerOver(corpus: RoutingCorpus, options: RouteOptions, weights: RoutingWeights = ROUTING_WEIGHTS) {
  const { indexes, documentFrequency, intentFrequency, averageStrongLength, averageWeakLength } = corpus;
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
    return corrected.length > 0 ? { word: word.word, terms: corrected, weight: weights.fuzzy } : undefined;
  }

  function termScore(index: JobIndex, term: string): number {
    const strong = index.strong.get(term) ?? 0;
    const weak = index.weak.get(term) ?? 0;
    if (strong === 0 && weak === 0) return 0;
    const lengthNorm = index.weakLength / averageWeakLength;
    const weakPart = (weights.weak * weak) / (weak + 1.2 * (0.25 + 0.75 * lengthNorm));
    // As in BM25, a word weighs more in a short, focused trigger than in a long one that lists many things.
    const focus = 1 / (0.75 + 0.25 * (index.strongLength / averageStrongLength));
    const strongPart = strong > 0 ? STRONG_WEIGHT * focus * (1 + 0.15 * Math.min(strong - 1, 2)) : 0;
    return idf(term) * (strongPart + weakPart);
  }

  function scoreJob(
    index: JobIndex,
    terms: readonly QueryTerm[],
    senses: ReadonlyMap<string, readonly string[]>,
    heard: readonly IntentMatch[],
  ): RankedJob {
    let score = 0;
    const matched: string[] = [];
    const objectWords = objectOnlyWords(index, heard);
    for (const { word, terms: meanings, weight } of terms) {
      let best = 0;
      for (const term of meanings) best = Math.max(best, termScore(index, term));
      if (best === 0) continue;
      const sense = senses.get(word);
      const otherSense =
        (sense !== undefined && !sense.some((intent) => index.namedIntents.has(intent))) ||
        (objectWords.size > 0 && word.split(' ').every((part) => objectWords.has(part)));
      score += weight * best * (otherSense ? weights.otherSense : 1);
      matched.push(word);
    }
    return { jobId: index.id, score, matched };
  }

  /**
   * The caller's words that stated an intent this job names only as the object of another ("book" for a job that
   * moves bookings), when the caller asked for nothing the job serves and another job serves that intent: then
   * "I'd like to book" is for the other job, not one that says "booking" because it cancels them.
   */
  function objectOnlyWords(index: JobIndex, heard: readonly IntentMatch[]): Set<string> {
    const words = new Set<string>();
    if (heard.some((match) => index.intents.has(match.intent.id))) return words;
    for (const { intent, words: said } of heard) {
      if (
        index.namedIntents.has(intent.id) &&
        !index.intents.has(intent.id) &&
        intentFrequency.has(intent.id)
      )
        for (const word of said) words.add(word);
    }
    return words;
  }

  /** Like a word's idf: an intent every job serves tells them apart less than one a single job serves. */
  function intentIdf(intent: string): number {
    const df = intentFrequency.get(intent) ?? 0;
    return df === 0 ? 0 : Math.log(1 + (jobCount - df + 0.5) / (df + 0.5)) / maxIdf;
  }

  /**
   * The bonus a job gets from the caller's intents it serves, the intent that gave the most, and the caller's
   * words that expressed them (explained by the job, for confidence).
   */
  function intentBonus(
    index: JobIndex,
    heard: readonly IntentMatch[],
    matched: readonly string[],
    said: readonly string[],
  ): [number, IntentMatch | undefined, string[]] {
    let bonus = 0;
    const words: string[] = [];
    let strongest: IntentMatch | undefined;
    let strongestValue = 0;
    const matchedWords = new Set(matched.flatMap((word) => word.split(' ')));
    const wordless = matched.length === 0;
    for (const match of heard) {
      if (!index.intents.has(match.intent.id)) continue;
      // A job none of the caller's words reached is found only through a clear phrase, not one loose word
      // among others ("my account is late" is not about an arrival); a word said alone is the whole request.
      if (wordless && match.strength < 2 && said.some((word) => !match.words.includes(word))) continue;
      const repeats = match.words.every((word) => matchedWords.has(word));
      const value =
        weights.intent *
        intentIdf(match.intent.id) *
        (match.strength > 1 ? 1 : weights.singleCue) *
        (repeats ? weights.repeat : 1);
      bonus += value;
      words.push(...match.words);
      if (value > strongestValue) [strongest, strongestValue] = [match, value];
    }
    return [bonus, strongest, words];
  }

  function compute(utterance: string): RouteResult {
    const { locale, words } = analyseText(utterance, options.locale);
    const heard = intentsOfWords(foldedWords(utterance), true);
    const seen = new Set<string>();
    const terms: QueryTerm[] = [];
    const unknown: string[] = [];
    for (const word of words) {
      if (seen.has(word.word)) continue;
      seen.add(word.word);
      const resolved = resolveTerm(word, locale);
      if (resolved && isModifier(word.word))
        terms.push({ ...resolved, weight: resolved.weight * weights.modifier });
      else if (resolved) terms.push(resolved);
      else unknown.push(word.word);
    }
    const said = words.map((word) => word.word);
    const senses = phraseSenses(heard, intentFrequency);
    const shared = new Map<string, [IntentMatch | undefined, string[]]>();
    const ranked = indexes
      .map((index, order) => {
        const result = scoreJob(index, terms, senses, heard);
        const [bonus, intent, expressed] =
          heard.length > 0 ? intentBonus(index, heard, result.matched, said) : [0, undefined, []];
        shared.set(index.id, [intent, expressed]);
        return { order, result: { ...result, score: result.score + bonus } };
      })
      .sort((a, b) => b.result.score - a.result.score || a.order - b.order)
      .map(({ result }) => result);
    const best = ranked[0];
    const [bestIntent, expressed = []] = best ? (shared.get(best.jobId) ?? []) : [];
    let unserved = 0;
    for (const match of heard) {
      if (!match.standalone || intentFrequency.has(match.intent.id)) continue;
      const weight = match.inquiry ? weights.unservedInquiry : weights.unservedIntent;
      unserved += weight * (match.strength > 1 ? 1 : weights.singleCue);
    }
    const confidence = best ? confidenceOf(best, ranked[1], terms, unknown, expressed, unserved) : 0;
    const jobId = best && best.score > 0 && confidence >= threshold ? best.jobId : null;
    // "Do you sell…?" is how a request is asked, not what it is about: the trace names what was asked for.
    const intent = (jobId ? bestIntent : undefined) ?? heard.find((match) => !match.inquiry);
    const result: RouteResult = { jobId, confidence: Math.round(confidence * 1000) / 1000, ranked };
    if (intent) result.intent = intent.intent;
    return result;
  }

  /**
   * How much of what the caller said the best job explains: its score against the words it left unexplained.
   * Words no job knows weigh less, and less and less as they pile up: callers pad their request with small talk.
   * A runner-up close behind lowers it: the words do not single out one job. Words that stated an intent the
   * job serves are explained; a request of its own that no job serves (`unserved`) counts against it.
   */
  function confidenceOf(
    best: RankedJob,
    runnerUp: RankedJob | undefined,
    terms: readonly QueryTerm[],
    unknown: readonly string[],
    expressedWords: readonly string[],
    unserved: number,
  ): number {
    if (best.score <= 0) return 0;
    const matched = new Set(best.matched);
    // The words that expressed an intent the best job serves are explained by it.
    const expressed = new Set(expressedWords);
    const explained = (word: string) =>
      matched.has(word) || word.split(' ').every((part) => expressed.has(part));
    const unknownWords = unknown.filter((word) => !explained(word)).length;
    let unexplained = weights.unknownWord * Math.sqrt(unknownWords) + unserved;
    for (const { word, terms: meanings } of terms) {
      if (explained(word)) continue;
      const rarest = Math.max(...meanings.map(idf));
      unexplained += weights.unmatchedWord * Math.max(rarest, 0.25);
    }
    const share = (runnerUp?.score ?? 0) / best.score;
    return (best.score / (best.score + unexplained)) * (1 - weights.tie * share * share);
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
