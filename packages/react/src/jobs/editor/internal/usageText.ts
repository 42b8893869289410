import type { UsagePlace } from '@sona-designer/core';
import type { JobEditorMessages, Locale } from '../../../i18n';
import type { UsagePlurals } from '../../../records';

/** The job editor's words for counting steps and call flows. */
export function jobPlurals(text: JobEditorMessages): UsagePlurals {
  return { steps: text.steps, flows: text.callFlows };
}

/** Where a place uses the job: the draft, the published version, or both. */
export function placeState(place: UsagePlace, text: JobEditorMessages): string {
  if (place.inDraft && place.inPublished) return text.placeBoth;
  return place.inPublished ? text.placePublished : text.placeDraft;
}

/** Places by call flow name, then step title. */
export function sortPlaces(places: readonly UsagePlace[], locale: Locale): UsagePlace[] {
  const collator = new Intl.Collator(locale);
  return [...places].sort(
    (a, b) => collator.compare(a.callFlowName, b.callFlowName) || collator.compare(a.stepTitle, b.stepTitle),
  );
}

/** "Name and Instructions", "Nom et Instructions". */
export function listOf(locale: Locale, items: string[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}
