/**
 * What a caller says they do not want is not their request: "I don't want to cancel, just move it" asks to move.
 * Folded words; each phrase covers the few words after it, up to a word that turns to what they do want.
 */
const NEGATIONS = new Set([
  'don t want',
  'don t need',
  'do not want',
  'do not need',
  'dont want',
  'dont need',
  'no need',
  'not looking',
  'rather not',
  'instead of',
  'pas besoin',
  'veux pas',
  'voulais pas',
  'voudrais pas',
  'plutot que',
  'au lieu de',
  'au lieu d',
]);
const SCOPE = 5;
/** Words that start what the caller does want, or a new clause ("I", "can you"). */
const SCOPE_ENDS = new Set(
  'but just only instead rather i can could please mais juste seulement plutot je j c pouvez svp'.split(' '),
);

/** The positions of the words a negation covers ("cancel" in "I don't want to cancel"). */
export function negatedPositions(words: readonly string[]): ReadonlySet<number> {
  const negated = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    for (const length of [2, 3]) {
      if (!NEGATIONS.has(words.slice(i, i + length).join(' '))) continue;
      for (let j = i + length; j < Math.min(words.length, i + length + SCOPE); j++) {
        if (SCOPE_ENDS.has(words[j] ?? '')) break;
        negated.add(j);
      }
    }
  }
  return negated;
}
