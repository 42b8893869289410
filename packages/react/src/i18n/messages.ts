/**
 * The message catalogue of the React components. Every locale has the same shape (`Messages`), so a missing
 * translation is a type error. Components take `locale` and optional per-component overrides.
 */

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** A message whose wording depends on a count, chosen with the locale's plural rules. */
export interface PluralMessage {
  one: string;
  other: string;
}

export interface CharacterCounterMessages {
  /** The visible count, e.g. "87 / 100". */
  count: string;
  /** What a screen reader hears, e.g. "87 of 100 characters used". */
  used: PluralMessage;
  /** Shown when the text is too long, e.g. "12 over the limit". */
  over: PluralMessage;
}

export interface Messages {
  characterCounter: CharacterCounterMessages;
}

export const en: Messages = {
  characterCounter: {
    count: '{count} / {max}',
    used: { one: '{count} of {max} characters used', other: '{count} of {max} characters used' },
    over: { one: '{over} over the limit', other: '{over} over the limit' },
  },
};

export const fr: Messages = {
  characterCounter: {
    count: '{count} / {max}',
    used: { one: '{count} caractère utilisé sur {max}', other: '{count} caractères utilisés sur {max}' },
    over: { one: '{over} caractère en trop', other: '{over} caractères en trop' },
  },
};

export const messages: Record<Locale, Messages> = { en, fr };

/** The catalogue of a locale; an unknown locale falls back to English. */
export function getMessages(locale: Locale = DEFAULT_LOCALE): Messages {
  return messages[locale] ?? en;
}

export type MessageParams = Record<string, string | number>;

/** Replaces each `{name}` in the template with `params.name`. A placeholder without a value stays visible. */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

/** Picks the plural form for `count` with the locale's rules (French treats 0 and 1 as singular). */
export function selectPlural(locale: Locale, message: PluralMessage, count: number): string {
  return new Intl.PluralRules(locale).select(count) === 'one' ? message.one : message.other;
}

/** A number written the locale's way: 10,000 in English, 10 000 in French. */
export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}
