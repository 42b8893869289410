import { foldForSearch } from '../text';
import { type RoutingLocale, stem } from './stemmer';
import { guessLocale, STOP_WORDS } from './stopWords';
import { conceptOf } from './synonyms';

/** A content word of a text: as written (folded) and the term it counts as after stemming and synonyms. */
export interface AnalysedWord {
  readonly word: string;
  readonly term: string;
}

export function foldedWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** The term a word counts as in `locale`: its synonym concept when it has one, else its stem. */
export function termOf(word: string, locale: RoutingLocale): string {
  const stemmed = stem(word, locale);
  return conceptOf(word) ?? conceptOf(stemmed) ?? stemmed;
}

export function analyseText(
  text: string,
  locale?: RoutingLocale,
): { locale: RoutingLocale; words: AnalysedWord[] } {
  const words = foldedWords(text);
  const resolved = locale ?? guessLocale(words);
  const stopWords = STOP_WORDS[resolved];
  const analysed: AnalysedWord[] = [];
  for (const word of words) {
    if (word.length < 2 || stopWords.has(word)) continue;
    analysed.push({ word, term: termOf(word, resolved) });
  }
  return { locale: resolved, words: analysed };
}
