import type { PluralMessage } from '../types';

/** Strings of `CharacterCounter`, the "12 / 100" count under the designer's text fields. */
export interface CharacterCounterMessages {
  /** The visible count, e.g. "87 / 100". */
  count: string;
  /** What a screen reader hears, e.g. "87 of 100 characters used". */
  used: PluralMessage;
  /** Shown when the text is too long, e.g. "12 over the limit". */
  over: PluralMessage;
}

export const characterCounterEn: CharacterCounterMessages = {
  count: '{count} / {max}',
  used: { one: '{count} of {max} characters used', other: '{count} of {max} characters used' },
  over: { one: '{over} over the limit', other: '{over} over the limit' },
};
