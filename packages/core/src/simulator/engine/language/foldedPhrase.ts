import { foldForSearch } from '../../../text';

// A turn asks many questions of the same message (its language, is it a goodbye, a yes, a no, a question, a
// negation…), and each folded it again: Unicode normalisation is the costly part. Pure, so the last texts are kept.
const folded = new Map<string, { words: readonly string[]; phrase: string }>();
const MAX_FOLDED = 256;

function fold(text: string): { words: readonly string[]; phrase: string } {
  const known = folded.get(text);
  if (known) return known;
  // As `foldedWords` in routing: the same words, so the two can stand in for each other.
  const words = foldForSearch(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  const result = { words, phrase: words.join(' ') };
  // Long texts (a whole transcript) are rarely asked twice and would hold memory: only short ones are kept.
  if (text.length <= 2000) {
    if (folded.size >= MAX_FOLDED) folded.delete(folded.keys().next().value ?? '');
    folded.set(text, result);
  }
  return result;
}

/** The caller's words, folded (no accents, lower case) and joined by single spaces: "c'est tout" → "c est tout". */
export function foldedPhrase(text: string): string {
  return fold(text).phrase;
}

/** The caller's words, folded, as `foldedWords` gives them; shared, so not to be changed. */
export function callerWords(text: string): readonly string[] {
  return fold(text).words;
}
