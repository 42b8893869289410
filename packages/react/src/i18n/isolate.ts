/** First Strong Isolate: opens a run of text whose direction is set apart from the sentence around it. */
const FSI = '\u2068';
/** Pop Directional Isolate: closes the run opened by FSI. */
const PDI = '\u2069';

/**
 * User text (a job name, a step title, what a caller said) to set inside one of the product's own sentences,
 * isolated with FSI…PDI: its direction is its own, and a right-to-left override in it (U+202E) stops at the PDI
 * instead of reversing the rest of the sentence. For a name shown as an element of its own, use `<bdi>` instead.
 */
export function isolate(text: string | number | null | undefined): string {
  return `${FSI}${text ?? ''}${PDI}`;
}
