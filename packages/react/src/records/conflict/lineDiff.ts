export interface DiffLine {
  text: string;
  /** Not part of the lines both versions share. */
  changed: boolean;
}

/** Beyond this many line pairs the table would be slow: every line of a differing text is marked instead. */
const MAX_CELLS = 1_000_000;

/**
 * Marks the lines of each version that the other one lacks (a longest-common-subsequence diff), so a person sees
 * at a glance where two versions of instructions differ.
 */
export function diffLines(theirs: string, yours: string): { theirs: DiffLine[]; yours: DiffLine[] } {
  const a = theirs.split('\n');
  const b = yours.split('\n');
  if (theirs === yours) {
    return {
      theirs: a.map((text) => ({ text, changed: false })),
      yours: b.map((text) => ({ text, changed: false })),
    };
  }
  if (a.length * b.length > MAX_CELLS) {
    return {
      theirs: a.map((text) => ({ text, changed: true })),
      yours: b.map((text) => ({ text, changed: true })),
    };
  }
  // lengths[i][j]: longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const keptA = new Set<number>();
  const keptB = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      keptA.add(i++);
      keptB.add(j++);
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) i++;
    else j++;
  }
  return {
    theirs: a.map((text, index) => ({ text, changed: !keptA.has(index) })),
    yours: b.map((text, index) => ({ text, changed: !keptB.has(index) })),
  };
}
