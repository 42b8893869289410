import { foldedWords, termOf } from '../../../routing/analyseText';
import type { RoutingLocale } from '../../../routing/locale';
import { stem } from '../../../routing/stemmer';
import { guessLocale, STOP_WORDS } from '../../../routing/stopWords';
import type { SimulatedKnowledgePage } from '../types';

/** A passage quoted from a knowledge page. */
export interface KnowledgeMatch {
  pageId: string;
  title: string;
  passage: string;
  /** How much of the question the passage covers, 0..1. */
  coverage: number;
  /** The question's words (folded) found in the passage or its page title. */
  matchedWords: string[];
}

export interface FindPassageOptions {
  /**
   * The page an instruction names ("the Prices page", "(see Policies)"): only pages whose title shares a word
   * with it. When no attached page matches, nothing is found: Sona must not quote another page instead.
   */
  page?: string;
  /** Minimum coverage; 0 accepts any passage that shares a word with the question. */
  minCoverage?: number;
  /** Words that only say how to look ("give", "Knowledge"): they never count against a passage. */
  ignore?: ReadonlySet<string>;
}

/** Below this share of the question's weight, Sona does not pretend to know: it offers to take a message. */
export const KNOWLEDGE_THRESHOLD = 0.5;

interface Passage {
  text: string;
  terms: Map<string, number>;
  /** Plain stems, before synonyms: "service" and "maintenance" share a concept, but only one is the word asked. */
  stems: Set<string>;
  length: number;
}

interface PageIndex {
  page: SimulatedKnowledgePage;
  titleTerms: Set<string>;
  passages: Passage[];
}

// Routing ignores weekdays and "today" (callers name them in passing); a question about opening hours needs them.
const KEEP = new Set(
  'monday tuesday wednesday thursday friday saturday sunday weekend holiday holidays today tomorrow lundi mardi mercredi jeudi vendredi samedi dimanche ferie feries'.split(
    ' ',
  ),
);
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\bhow much\b/g, ' price '],
  [/\bhow long\b/g, ' duration '],
  [/\bwhat time\b/g, ' hours '],
];
const BULLET = /^\s*(?:[-*•]|\d+[.)])\s+/;
const LONG_LINE = 320;
const K1 = 1.2;
const B = 0.75;
const UNKNOWN_WORD_WEIGHT = 0.6;
/** A question word found in a page's title counts a little for every passage of the page. */
const TITLE_WEIGHT = 0.5;
const SAME_WORD_BONUS = 1.5;

function analysedTerms(
  text: string,
  locale: RoutingLocale,
): Array<{ word: string; terms: string[]; stems: string[] }> {
  let folded = ` ${foldedWords(text).join(' ')} `;
  for (const [pattern, replacement] of PHRASES) folded = folded.replace(pattern, replacement);
  const out: Array<{ word: string; terms: string[]; stems: string[] }> = [];
  for (const word of folded.split(' ')) {
    // Grammar words of either language: short questions often fool the language guess ("Quelles sont vos heures ?").
    if (word.length < 2 || ((STOP_WORDS.en.has(word) || STOP_WORDS.fr.has(word)) && !KEEP.has(word)))
      continue;
    const own = termOf(word, locale);
    const other = termOf(word, locale === 'en' ? 'fr' : 'en');
    out.push({
      word,
      terms: own === other ? [own] : [own, other],
      stems: [stem(word, 'en'), stem(word, 'fr')],
    });
  }
  return out;
}

function bagOf(text: string): { terms: Map<string, number>; stems: Set<string>; length: number } {
  const words = foldedWords(text);
  const locale = guessLocale(words);
  const terms = new Map<string, number>();
  const stems = new Set<string>();
  const analysed = analysedTerms(text, locale);
  for (const { terms: forms, stems: plain } of analysed) {
    for (const term of forms) terms.set(term, (terms.get(term) ?? 0) + 1);
    for (const form of plain) stems.add(form);
  }
  return { terms, stems, length: analysed.length };
}

const SEE_PAGE = /\(see (?:the )?([^)]+?)(?: page)?\)/i;
const BEFORE_PAGE = /((?:\S+\s+){0,3})page\b/iu;
const AFTER_PAGE = /\bpage\s+(?:«\s*)?(\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,2}?)(?=\s*(?:»|[,.;:)]|$))/u;

/** The page an instruction names: "from the Prices page" → "Prices", "(see Policies)" → "Policies". */
export function namedPage(instruction: string): string | undefined {
  const seen = SEE_PAGE.exec(instruction)?.[1]?.trim();
  if (seen) return seen;
  // The capitalised words right before "page": "from the Service area page" → "Service area".
  const before = BEFORE_PAGE.exec(instruction)?.[1]?.trim().split(/\s+/) ?? [];
  const start = before.findIndex((word) => /^\p{Lu}/u.test(word));
  if (start >= 0) return before.slice(start).join(' ');
  return AFTER_PAGE.exec(instruction)?.[1]?.trim();
}

/** A page's passages: a line, or a heading ending with “:” with its list, or a few sentences of a long line. */
function splitPassages(content: string): string[] {
  const lines = content.split('\n').map((line) => line.trim());
  const passages: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line) continue;
    if (line.endsWith(':') && BULLET.test(lines[i + 1] ?? '')) {
      const items: string[] = [];
      while (BULLET.test(lines[i + 1] ?? '')) items.push((lines[++i] ?? '').replace(BULLET, ''));
      passages.push(`${line} ${items.join('; ')}`);
    } else if (line.length > LONG_LINE) {
      let current = '';
      for (const part of line.split(/(?<=[.!?])\s+/)) {
        if (current && current.length + part.length > LONG_LINE) {
          passages.push(current);
          current = '';
        }
        current = current ? `${current} ${part}` : part;
      }
      if (current) passages.push(current);
    } else passages.push(line.replace(BULLET, ''));
  }
  return passages;
}

/** Each page text indexed, by page id, newest first: a page's text is compared, not joined into a key. */
const pageCache = new Map<string, Array<{ title: string; content: string; index: PageIndex }>>();
const PAGE_CACHE_SIZE = 200;
const VERSIONS_PER_PAGE = 4;
/** The index last found for a page object, with the text it was found for: the turns of a call pass the same pages. */
const pageIndexes = new WeakMap<
  SimulatedKnowledgePage,
  { id: string; title: string; content: string; index: PageIndex }
>();

// Every call resolves its step's pages into new objects, and joining a page's whole content into a key to find its
// index cost more than scoring a question. The texts are usually the very same strings (the workspace's), so
// comparing them stops at a pointer check.
function indexPage(page: SimulatedKnowledgePage): PageIndex {
  const known = pageIndexes.get(page);
  // A host may edit a page in place: the text is checked, not trusted.
  if (known && known.id === page.id && known.title === page.title && known.content === page.content)
    return known.index;
  let versions = pageCache.get(page.id);
  let index = versions?.find(
    (version) => version.title === page.title && version.content === page.content,
  )?.index;
  if (!index) {
    index = {
      page,
      titleTerms: new Set(bagOf(page.title).terms.keys()),
      passages: splitPassages(page.content).map((text) => ({ text, ...bagOf(text) })),
    };
    if (!versions) {
      if (pageCache.size >= PAGE_CACHE_SIZE) pageCache.delete(pageCache.keys().next().value ?? '');
      versions = [];
      pageCache.set(page.id, versions);
    }
    versions.unshift({ title: page.title, content: page.content, index });
    if (versions.length > VERSIONS_PER_PAGE) versions.pop();
  }
  pageIndexes.set(page, { id: page.id, title: page.title, content: page.content, index });
  return index;
}

/** What scoring needs of a set of pages as a whole: their passages and how many of them hold each term. */
interface PassageCorpus {
  readonly all: ReadonlyArray<{ index: PageIndex; passage: Passage }>;
  readonly documentFrequency: ReadonlyMap<string, number>;
  readonly averageLength: number;
  readonly maxIdf: number;
}

// Every question (several a turn: each message of the call, newest first) counted the terms of every passage
// again. A step has one set of pages, and a named page picks a subset: few sets, so a short list, newest first.
const corpora: Array<{ indexes: readonly PageIndex[]; corpus: PassageCorpus }> = [];
const MAX_CORPORA = 16;

function corpusOf(indexes: readonly PageIndex[]): PassageCorpus {
  const at = corpora.findIndex(
    (entry) =>
      entry.indexes.length === indexes.length && entry.indexes.every((index, i) => index === indexes[i]),
  );
  if (at >= 0) return (corpora[at] as { corpus: PassageCorpus }).corpus;
  const all = indexes.flatMap((index) => index.passages.map((passage) => ({ index, passage })));
  const documentFrequency = new Map<string, number>();
  for (const { index, passage } of all) {
    for (const term of new Set([...passage.terms.keys(), ...index.titleTerms])) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const corpus: PassageCorpus = {
    all,
    documentFrequency,
    averageLength: all.reduce((sum, { passage }) => sum + passage.length, 0) / all.length || 1,
    maxIdf: Math.log(1 + (all.length + 0.5) / 0.5),
  };
  corpora.unshift({ indexes: [...indexes], corpus });
  if (corpora.length > MAX_CORPORA) corpora.pop();
  return corpus;
}

// The same messages are asked about on turn after turn of a call: their analysis is kept by text.
const questions = new Map<string, ReturnType<typeof analysedTerms>>();
const MAX_QUESTIONS = 500;

function questionTerms(question: string): ReturnType<typeof analysedTerms> {
  let words = questions.get(question);
  if (!words) {
    words = analysedTerms(question, guessLocale(foldedWords(question)));
    if (question.length <= 4000) {
      if (questions.size >= MAX_QUESTIONS) questions.delete(questions.keys().next().value ?? '');
      questions.set(question, words);
    }
  }
  return words;
}

const namedTerms = new Map<string, ReadonlySet<string>>();
const MAX_NAMED = 100;

/** The terms of a page name an instruction gives ("Prices"): few, and the same on every turn. */
function termsOfName(name: string): ReadonlySet<string> {
  let terms = namedTerms.get(name);
  if (!terms) {
    terms = new Set(bagOf(name).terms.keys());
    if (namedTerms.size >= MAX_NAMED) namedTerms.delete(namedTerms.keys().next().value ?? '');
    namedTerms.set(name, terms);
  }
  return terms;
}

/**
 * The passage of the attached pages that best answers `question` (BM25 over passages, with the router's stemming,
 * synonyms and both languages), or null when none covers enough of it.
 */
export function findPassage(
  pages: readonly SimulatedKnowledgePage[],
  question: string,
  options: FindPassageOptions = {},
): KnowledgeMatch | null {
  let indexes = pages.map(indexPage);
  if (options.page) {
    const named = termsOfName(options.page);
    indexes = indexes.filter((index) => [...index.titleTerms].some((term) => named.has(term)));
  }
  if (indexes.every((index) => index.passages.length === 0)) return null;
  const { all, documentFrequency, averageLength, maxIdf } = corpusOf(indexes);
  const idf = (term: string) => {
    const df = documentFrequency.get(term) ?? 0;
    return Math.log(1 + (all.length - df + 0.5) / (df + 0.5)) / maxIdf;
  };

  const words = questionTerms(question);
  const seen = new Set<string>();
  const query = words.filter(({ word }) => {
    if (seen.has(word) || options.ignore?.has(word)) return false;
    seen.add(word);
    return true;
  });
  let best: { score: number; index: PageIndex; passage: Passage; matched: string[] } | null = null;
  let totalWeight = 0;
  for (const { terms } of query) {
    const known = terms.filter((term) => documentFrequency.has(term));
    totalWeight += known.length > 0 ? Math.max(...known.map(idf)) : UNKNOWN_WORD_WEIGHT;
  }
  for (const { index, passage } of all) {
    let score = 0;
    const matched: string[] = [];
    for (const { word, terms, stems } of query) {
      let wordScore = 0;
      for (const term of terms) {
        const tf = passage.terms.get(term) ?? 0;
        const inTitle = index.titleTerms.has(term) ? TITLE_WEIGHT : 0;
        if (tf === 0 && inTitle === 0) continue;
        const saturation = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * passage.length) / averageLength));
        wordScore = Math.max(wordScore, idf(term) * (saturation + inTitle));
      }
      if (wordScore > 0) {
        score += stems.some((form) => passage.stems.has(form)) ? wordScore * SAME_WORD_BONUS : wordScore;
        matched.push(word);
      }
    }
    // Strictly better only: on a tie the earlier passage (page order, then line order) wins.
    if (score > 0 && (!best || score > best.score)) best = { score, index, passage, matched };
  }
  if (!best) return null;
  const found = best;
  const matchedWeight = query
    .filter(({ word }) => found.matched.includes(word))
    .reduce(
      (sum, { terms }) => sum + Math.max(...terms.filter((t) => documentFrequency.has(t)).map(idf), 0),
      0,
    );
  const coverage = totalWeight > 0 ? matchedWeight / totalWeight : 0;
  if (coverage < (options.minCoverage ?? KNOWLEDGE_THRESHOLD)) return null;
  return {
    pageId: found.index.page.id,
    title: found.index.page.title,
    passage: found.passage.text,
    coverage: Math.round(coverage * 1000) / 1000,
    matchedWords: found.matched,
  };
}
