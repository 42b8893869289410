/**
 * The message catalogue of the React components. Every locale has the same shape (`Messages`), so a missing
 * translation is a type error. Components take `locale` and optional per-component overrides. English is built in;
 * the other locales are registered or loaded on demand, so a host's first bundle carries only English.
 */

/** The locales the components are translated into: English (built in) and French (loaded on demand). */
export const LOCALES = ['en', 'fr'] as const;
/** A locale of the components' catalogue: `'en'` or `'fr'`. */
export type Locale = (typeof LOCALES)[number];
/** The locale the components use when none is given: English. */
export const DEFAULT_LOCALE: Locale = 'en';

import { DEFERRED_SECTIONS, type DeferredSection, deferredEnglish } from './deferred';
import type { PluralMessage } from './types';

export type { PluralMessage };

import { batchCoverageEn } from './sections/batchCoverage';
import { canvasEn } from './sections/canvas';
import { characterCounterEn } from './sections/characterCounter';
import { designerEn } from './sections/designer';
import { errorsEn } from './sections/errors';
import { inspectorEn } from './sections/inspector';
import { publishEn } from './sections/publish';
import { sandboxEn } from './sections/sandbox';
import { stepKindsEn } from './sections/stepKinds';

export type {
  BatchCoverageMessages,
  CallSummariesMessages,
  CanvasMessages,
  CharacterCounterMessages,
  DesignerMessages,
  ErrorMessages,
  InspectorMessages,
  JobEditorMessages,
  JobPickerMessages,
  LibraryMessages,
  Messages,
  PublishMessages,
  SandboxMessages,
  SimulatorMessages,
  StepKindMessages,
  TeachMessages,
  TemplatesMessages,
  TestsMessages,
  TransferMessages,
} from './catalogue';

import type { Messages } from './catalogue';

/** The English catalogue: its deferred sections read from what their surfaces provided (see `deferred.ts`). */
function withDeferredSections(eager: Omit<Messages, DeferredSection>): Messages {
  const catalogue = { ...eager } as Messages;
  for (const section of DEFERRED_SECTIONS) {
    Object.defineProperty(catalogue, section, { enumerable: true, get: () => deferredEnglish(section) });
  }
  return catalogue;
}

/**
 * The English catalogue, built into the main entry: what the components show until another locale's catalogue is
 * loaded, and for any locale not loaded. Its deferred sections (`jobEditor`, `templates`) arrive with the code of the
 * surfaces that show them: read them only once those have opened.
 */
export const en: Messages = withDeferredSections({
  characterCounter: characterCounterEn,
  designer: designerEn,
  stepKinds: stepKindsEn,
  canvas: canvasEn,
  inspector: inspectorEn,
  publish: publishEn,
  sandbox: sandboxEn,
  batchCoverage: batchCoverageEn,
  errors: errorsEn,
} as Omit<Messages, DeferredSection>);

/** The locales whose catalogue is not in the main bundle: each loads on demand, in its own chunk. */
export type LoadableLocale = Exclude<Locale, 'en'>;

/**
 * How each catalogue is fetched. Internal (not exported by the package): tests replace a loader to simulate a slow or
 * failed download.
 */
export const messageLoaders: Record<LoadableLocale, () => Promise<Messages>> = {
  fr: () => import('./locales/fr').then((module) => module.fr),
};

const loaded = new Map<Locale, Messages>([['en', en]]);
const loading = new Map<Locale, Promise<Messages>>();
const listeners = new Set<() => void>();

/**
 * Makes a catalogue available at once, e.g. `registerMessages('fr', fr)` with `fr` from
 * `@sona-designer/react/locales/fr`, for a host that wants French in its first render.
 */
export function registerMessages(locale: Locale, catalogue: Messages): void {
  loaded.set(locale, catalogue);
  for (const listener of listeners) listener();
}

/** The locale's catalogue, fetched once and cached; rejects when the download fails (a later call retries). */
export function loadMessages(locale: Locale): Promise<Messages> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (!pending) {
    const loader = messageLoaders[locale as LoadableLocale] as (() => Promise<Messages>) | undefined;
    // An unknown locale (from untyped code) gets English, as in `getMessages`.
    if (!loader) return Promise.resolve(en);
    pending = loader().then(
      (catalogue) => {
        loading.delete(locale);
        // A catalogue registered while this one downloaded wins: callers keep getting the same object.
        if (!loaded.has(locale)) registerMessages(locale, catalogue);
        return loaded.get(locale) ?? catalogue;
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** The locale's catalogue if it is loaded or registered, otherwise undefined. */
export function loadedMessages(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}

/** The locale's catalogue once loaded (see `loadMessages`); English until then, and for an unknown locale. */
export function getMessages(locale: Locale = DEFAULT_LOCALE): Messages {
  return loaded.get(locale) ?? en;
}

/** Calls `listener` whenever a catalogue is loaded or registered; returns the unsubscribe function. */
export function subscribeMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Forgets every catalogue but English. Internal: lets a test start as a host that preloaded nothing. */
export function forgetLoadedMessages(): void {
  for (const locale of loaded.keys()) if (locale !== 'en') loaded.delete(locale);
  loading.clear();
}

/** The values of a message's `{name}` placeholders, by name, for `formatMessage`. */
export type MessageParams = Record<string, string | number>;

/** Replaces each `{name}` in the template with `params.name`. A placeholder without a value stays visible. */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

/** Picks the plural form for `count` with the locale's rules (French treats 0 and 1 as singular). */
export function selectPlural(locale: Locale, message: PluralMessage, count: number): string {
  return pluralRules(locale).select(count) === 'one' ? message.one : message.other;
}

/** A number written the locale's way: 10,000 in English, 10 000 in French. */
export function formatNumber(locale: Locale, value: number): string {
  return numberFormat(locale).format(value);
}

// One formatter per locale: creating one costs more than formatting, and every node and list row formats counts.
const pluralRulesByLocale = new Map<Locale, Intl.PluralRules>();
const numberFormatByLocale = new Map<Locale, Intl.NumberFormat>();

function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = pluralRulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRulesByLocale.set(locale, rules);
  }
  return rules;
}

function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormatByLocale.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormatByLocale.set(locale, format);
  }
  return format;
}

/**
 * Some strings of the catalogue, section by section, e.g. `{ publish: { publish: 'Go live' } }`: what the
 * `messages` prop of `DesignerProvider` and `CallFlowDesigner` takes. The strings left out keep the locale's
 * wording.
 */
export type MessageOverrides = { [Section in keyof Messages]?: Partial<Messages[Section]> };

/** The locale's catalogue (English until it is loaded) with a host's overrides applied section by section. */
export function resolveMessages(locale: Locale, overrides?: MessageOverrides): Messages {
  return applyOverrides(getMessages(locale), overrides);
}

/** `base` with a host's overrides applied section by section. */
export function applyOverrides(base: Messages, overrides?: MessageOverrides): Messages {
  if (!overrides) return base;
  // Copied by descriptor, not spread: a deferred section is a getter, read only when its surface reads it.
  const merged = Object.defineProperties({}, Object.getOwnPropertyDescriptors(base)) as Record<
    string,
    unknown
  >;
  for (const [section, values] of Object.entries(overrides)) {
    const from = () => (base as unknown as Record<string, object>)[section];
    let texts: object | undefined;
    Object.defineProperty(merged, section, {
      enumerable: true,
      get: () => {
        texts ??= { ...from(), ...values };
        return texts;
      },
    });
  }
  return merged as unknown as Messages;
}
