/**
 * The message catalogue of the React components. Every locale has the same shape (`Messages`), so a missing
 * translation is a type error. Components take `locale` and optional per-component overrides.
 */

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

import type { PluralMessage } from './types';

export type { PluralMessage };

import { type BatchCoverageMessages, batchCoverage } from './sections/batchCoverage';
import { type CallSummariesMessages, callSummaries } from './sections/callSummaries';
import { type CanvasMessages, canvas } from './sections/canvas';
import { type CharacterCounterMessages, characterCounter } from './sections/characterCounter';
import { type DesignerMessages, designer } from './sections/designer';
import { type InspectorMessages, inspector } from './sections/inspector';
import { type JobEditorMessages, jobEditor } from './sections/jobEditor';
import { type JobPickerMessages, jobPicker } from './sections/jobPicker';
import { type LibraryMessages, library } from './sections/library';
import { type PublishMessages, publish } from './sections/publish';
import { type SandboxMessages, sandbox } from './sections/sandbox';
import { type SimulatorMessages, simulator } from './sections/simulator';
import { type StepKindMessages, stepKinds } from './sections/stepKinds';
import { type TemplatesMessages, templates } from './sections/templates';

export type {
  BatchCoverageMessages,
  CallSummariesMessages,
  CanvasMessages,
  CharacterCounterMessages,
  DesignerMessages,
  InspectorMessages,
  JobEditorMessages,
  JobPickerMessages,
  LibraryMessages,
  PublishMessages,
  SandboxMessages,
  SimulatorMessages,
  StepKindMessages,
  TemplatesMessages,
};

/** The whole catalogue; each section lives in `sections/` beside the English and French texts. */
export interface Messages {
  characterCounter: CharacterCounterMessages;
  designer: DesignerMessages;
  stepKinds: StepKindMessages;
  canvas: CanvasMessages;
  inspector: InspectorMessages;
  publish: PublishMessages;
  jobPicker: JobPickerMessages;
  jobEditor: JobEditorMessages;
  templates: TemplatesMessages;
  library: LibraryMessages;
  sandbox: SandboxMessages;
  callSummaries: CallSummariesMessages;
  batchCoverage: BatchCoverageMessages;
  simulator: SimulatorMessages;
}

export const en: Messages = {
  characterCounter: characterCounter.en,
  designer: designer.en,
  stepKinds: stepKinds.en,
  canvas: canvas.en,
  inspector: inspector.en,
  publish: publish.en,
  jobPicker: jobPicker.en,
  jobEditor: jobEditor.en,
  templates: templates.en,
  library: library.en,
  sandbox: sandbox.en,
  callSummaries: callSummaries.en,
  batchCoverage: batchCoverage.en,
  simulator: simulator.en,
};

export const fr: Messages = {
  characterCounter: characterCounter.fr,
  designer: designer.fr,
  stepKinds: stepKinds.fr,
  canvas: canvas.fr,
  inspector: inspector.fr,
  publish: publish.fr,
  jobPicker: jobPicker.fr,
  jobEditor: jobEditor.fr,
  templates: templates.fr,
  library: library.fr,
  sandbox: sandbox.fr,
  callSummaries: callSummaries.fr,
  batchCoverage: batchCoverage.fr,
  simulator: simulator.fr,
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

/** Any part of the catalogue, for hosts that override some strings. */
export type MessageOverrides = { [Section in keyof Messages]?: Partial<Messages[Section]> };

/** The locale's catalogue with a host's overrides applied section by section. */
export function resolveMessages(locale: Locale, overrides?: MessageOverrides): Messages {
  const base = getMessages(locale);
  if (!overrides) return base;
  const merged = { ...base } as Record<string, unknown>;
  for (const [section, values] of Object.entries(overrides)) {
    merged[section] = { ...(base as unknown as Record<string, object>)[section], ...values };
  }
  return merged as unknown as Messages;
}
