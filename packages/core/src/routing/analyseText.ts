import { foldForSearch } from '../text';
import type { RoutingLocale } from './locale';
import { negatedPositions } from './negation';
import { stem } from './stemmer';
import { guessLocale, isFillerAfter, isStopWord } from './stopWords';
import { conceptsOf, longestPhraseFrom, phraseConcepts } from './synonyms';

/** A content word of a text: as written (folded) and the term it counts as after stemming and synonyms. */
export interface AnalysedWord {
  /** The folded word, or the words of a known phrase joined by a space ("push back"). */
  readonly word: string;
  readonly term: string;
  /** Further meanings of an ambiguous word ("crash": a car or a computer); the job decides which one counts. */
  readonly also?: readonly string[];
}

/** A text's words, folded (no accents, lower case), split at anything but letters and digits ("l'eau": l, eau). */
export function foldedWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** Every term a word counts as in `locale`: its synonym concepts when it has some, else its stem. */
export function termsOf(word: string, locale: RoutingLocale): readonly string[] {
  const stemmed = stem(word, locale);
  return conceptsOf(word) ?? conceptsOf(stemmed) ?? [stemmed];
}

/** The term a word counts as in `locale`: its main synonym concept when it has one, else its stem. */
export function termOf(word: string, locale: RoutingLocale): string {
  return termsOf(word, locale)[0] ?? word;
}

function analysed(word: string, terms: readonly string[]): AnalysedWord {
  const [term = word, ...also] = terms;
  return also.length > 0 ? { word, term, also } : { word, term };
}

/** The longest known phrase starting at `start`, as [words joined by spaces, its concepts, its length]. */
function phraseAt(words: readonly string[], start: number): [string, readonly string[], number] | undefined {
  const longest = Math.min(longestPhraseFrom(words[start] ?? ''), words.length - start);
  for (let length = longest; length >= 2; length--) {
    const phrase = words.slice(start, start + length).join(' ');
    const concepts = phraseConcepts(phrase);
    if (concepts) return [phrase, concepts, length];
  }
  return undefined;
}

/**
 * A text's content words and the terms they count as, in its language (guessed unless given): known phrases read
 * as one word; filler, numbers and what the caller says they do not want left out.
 */
export function analyseText(
  text: string,
  locale?: RoutingLocale,
): { locale: RoutingLocale; words: AnalysedWord[] } {
  const words = foldedWords(text);
  const resolved = locale ?? guessLocale(words);
  const result: AnalysedWord[] = [];
  const negated = negatedPositions(words);
  for (let i = 0; i < words.length; i++) {
    if (negated.has(i)) continue;
    const phrase = phraseAt(words, i);
    if (phrase) {
      const [joined, concepts, length] = phrase;
      result.push(analysed(joined, concepts));
      i += length - 1;
      continue;
    }
    const word = words[i] ?? '';
    // Numbers are details (times, party sizes, references, car models), not what the call is about.
    if (word.length < 2 || /[0-9]/.test(word) || isStopWord(word, resolved)) continue;
    if (isFillerAfter(words[i - 1], word)) continue;
    result.push(analysed(word, termsOf(word, resolved)));
  }
  return { locale: resolved, words: result };
}
