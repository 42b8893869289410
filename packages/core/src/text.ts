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
  /[\r\p{M}\p{Cf}\p{Emoji_Modifier}\p{Regional_Indicator}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\uac00-\ud7a3]/u;
// Characters after which the next one may still belong to the same grapheme (ZWJ sequences, flags, Hangul, Indic linkers).
const JOINS_NEXT = /\u200d|[\r\p{Regional_Indicator}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\uac00-\ud7a3]/u;
const HARMLESS_MARK = /[\ufe0f\u{1f3fb}-\u{1f3ff}]/u;
const LOW_SURROGATES = /[\udc00-\udfff]/g;

/** Intl.Segmenter slows down badly on long runs of emoji, so long text is segmented in pieces cut at sure boundaries. */
const CHUNK = 1024;

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** The code point that ends just before `index`, and where it starts. */
function codePointBefore(text: string, index: number): { value: string; start: number } {
  const start = /[\udc00-\udfff]/.test(text[index - 1] ?? '') && index >= 2 ? index - 2 : index - 1;
  return { value: String.fromCodePoint(text.codePointAt(start) ?? 0), start };
}

/** True when no grapheme can span `index`, whatever the rest of the text. */
function isSureBoundary(text: string, index: number): boolean {
  if (/[\udc00-\udfff]/.test(text[index] ?? '')) return false;
  const after = String.fromCodePoint(text.codePointAt(index) ?? 0);
  const before = codePointBefore(text, index);
  if (JOINS.test(after) || JOINS_NEXT.test(before.value)) return false;
  if (!/\p{M}|\p{Emoji_Modifier}/u.test(before.value)) return true;
  // A skin tone or emoji presentation mark ends an emoji; after any other mark (an Indic linker) a consonant may join.
  return HARMLESS_MARK.test(before.value) && PICTOGRAPHIC.test(codePointBefore(text, before.start).value);
}

/** Exported for tests: counts with Intl.Segmenter, `chunk` code units at a time. */
export function countGraphemesInChunks(text: string, chunk = CHUNK): number {
  let count = 0;
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + chunk, text.length);
    while (end < text.length && !isSureBoundary(text, end)) end++;
    for (const _ of getSegmenter().segment(text.slice(start, end))) count++;
    start = end;
  }
  return count;
}

/** Number of characters as a person sees them: `👍🏽`, `👨‍👩‍👧` and `e` + a combining accent each count 1. */
export function graphemeLength(text: string): number {
  if (PLAIN_TEXT.test(text)) return text.length;
  if (!JOINS.test(text)) return text.length - (text.match(LOW_SURROGATES)?.length ?? 0);
  return countGraphemesInChunks(text);
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
