import { foldForSearch } from '../../../text';

/** The caller's words, folded (no accents, lower case) and joined by single spaces: "c'est tout" → "c est tout". */
export function foldedPhrase(text: string): string {
  return foldForSearch(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ');
}
