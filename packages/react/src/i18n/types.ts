/** A message whose wording depends on a count, chosen with the locale's plural rules. */
export interface PluralMessage {
  one: string;
  other: string;
}
