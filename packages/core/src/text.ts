const PLAIN_TEXT = /^[\x20-\x7e\n\t]*$/;
// Control characters except tab (\x09) and newline (\x0a); \r is normalised away before this check.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const FORBIDDEN_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

let segmenter: Intl.Segmenter | undefined;

function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter;
}

// Characters that can join the character before them into one grapheme; without any, code points = graphemes.
const JOINS =
  /[\r\p{M}\p{Cf}\p{Emoji_Modifier}\p{Regional_Indicator}\u0e33\u0eb3\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\uac00-\ud7a3]/u;
const PAIRED_SURROGATES = /[\ud800-\udbff][\udc00-\udfff]/g;

/** Intl.Segmenter slows down badly on long runs of emoji, so long text is segmented in pieces cut at sure boundaries. */
const CHUNK = 1024;

// The grapheme rules (Unicode UAX #29) that can hold two code points together, as character classes. Each class may
// hold more than the rule needs: an extra member only makes a boundary look unsure, which costs speed, never accuracy.
/** Extend, ZWJ, SpacingMark and the Hangul vowels and final consonants: they join what comes before (GB6–GB9a). */
const EXTENDS = /[\p{M}\p{Cf}\p{Emoji_Modifier}\u0e33\u0eb3\u1160-\u11ff\ud7b0-\ud7ff]/u;
/** Prepend, a carriage return and ZWJ: they join what comes after (GB3, GB9b, GB11). */
const JOINS_AFTER =
  /\u200d|[\r\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}]/u;
/** Hangul leading consonants: they join a following leading consonant, vowel or syllable (GB6). */
const HANGUL_LEADING = /[\u1100-\u115f\ua960-\ua97f]/;
const HANGUL_LEADING_OR_SYLLABLE = /[\u1100-\u115f\ua960-\ua97f\uac00-\ud7a3]/;
/** Letters of the Indic scripts whose consonants join across a virama (GB9c). */
const INDIC = /[\u0900-\u0dff]/;
const REGIONAL_INDICATOR = /\p{Regional_Indicator}/u;
const LOW_SURROGATE = /[\udc00-\udfff]/;

/** The code point that ends just before `index`, and where it starts. */
function codePointBefore(text: string, index: number): { value: string; start: number } {
  const start = LOW_SURROGATE.test(text[index - 1] ?? '') && index >= 2 ? index - 2 : index - 1;
  return { value: String.fromCodePoint(text.codePointAt(start) ?? 0), start };
}

/**
 * Whether the regional indicators just before `index` (back to `from`, a sure boundary) are even in number: flags
 * pair indicators from the start of their run (GB12–13), so only an even count ends a flag.
 */
function evenIndicatorsBefore(text: string, index: number, from: number): boolean {
  let count = 0;
  let at = index;
  while (at - 2 >= from && REGIONAL_INDICATOR.test(String.fromCodePoint(text.codePointAt(at - 2) ?? 0))) {
    count++;
    at -= 2;
  }
  return count % 2 === 0;
}

/** True when no grapheme can span `index`, whatever the rest of the text; `from` is an earlier sure boundary. */
function isSureBoundary(text: string, index: number, from: number): boolean {
  if (LOW_SURROGATE.test(text[index] ?? '')) return false;
  const after = String.fromCodePoint(text.codePointAt(index) ?? 0);
  const before = codePointBefore(text, index).value;
  if (JOINS_AFTER.test(before)) return false;
  if (REGIONAL_INDICATOR.test(after)) {
    return !REGIONAL_INDICATOR.test(before) || evenIndicatorsBefore(text, index, from);
  }
  if (HANGUL_LEADING_OR_SYLLABLE.test(after)) return !HANGUL_LEADING.test(before);
  if (EXTENDS.test(after)) return false;
  // A virama (or anything extending it) joins the next Indic consonant; otherwise an extending character ends its
  // grapheme.
  return !(EXTENDS.test(before) && INDIC.test(after));
}

/**
 * Counts graphemes with Intl.Segmenter, `chunk` code units at a time, and stops once the count passes `limit`.
 * Cutting at sure boundaries keeps each call short, so the whole count is linear in the text's length.
 * Exported for tests.
 */
export function countGraphemesInChunks(
  text: string,
  chunk = CHUNK,
  limit = Number.POSITIVE_INFINITY,
): number {
  let count = 0;
  let start = 0;
  while (start < text.length && count <= limit) {
    let end = Math.min(start + chunk, text.length);
    while (end < text.length && !isSureBoundary(text, end, start)) end++;
    for (const _ of getSegmenter().segment(text.slice(start, end))) count++;
    start = end;
  }
  return count;
}

/** Number of characters as a person sees them: `👍🏽`, `👨‍👩‍👧` and `e` + a combining accent each count 1. */
export function graphemeLength(text: string): number {
  return graphemeLengthUpTo(text, Number.POSITIVE_INFINITY);
}

/**
 * Like `graphemeLength`, but stops counting once past `limit`: the result is exact up to `limit`, and any number
 * above it means "over". Checking a limit this way costs the limit, not the text: a 1 MB field over a 100-character
 * limit is refused after reading about 100 characters.
 */
export function graphemeLengthUpTo(text: string, limit: number): number {
  if (PLAIN_TEXT.test(text)) return text.length;
  if (!JOINS.test(text)) return text.length - (text.match(PAIRED_SURROGATES)?.length ?? 0);
  return countGraphemesInChunks(text, CHUNK, limit);
}

/** The first `max` graphemes of `text`. */
export function truncateGraphemes(text: string, max: number): string {
  if (PLAIN_TEXT.test(text)) return text.slice(0, max);
  let out = '';
  let count = 0;
  for (const { segment } of getSegmenter().segment(text)) {
    if (count++ === max) break;
    out += segment;
  }
  return out;
}

/** Windows and old Mac line endings become `\n`, so pasted text counts and compares the same everywhere. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The position of the first half of a character without its other half (an unpaired surrogate), or -1. Such text is
 * broken: it cannot be stored as UTF-8, and it made the grapheme count wrong.
 */
export function findUnpairedSurrogate(text: string): number {
  const match = UNPAIRED_SURROGATE.exec(text);
  return match ? match.index : -1;
}

/** The position of the first forbidden control character, or -1. Newline and tab are allowed. */
export function findForbiddenControl(text: string): number {
  const match = FORBIDDEN_CONTROL.exec(text);
  return match ? match.index : -1;
}

/** Lower case without accents, for search and matching: "Équipe" → "equipe". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
