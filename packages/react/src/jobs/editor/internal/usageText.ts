import { summarizeUsage, type UsagePlace } from '@sona-designer/core';
import type { JobEditorMessages, Locale } from '../../../i18n';
import { formatMessage, formatNumber, selectPlural } from '../../../i18n';

/** `{steps}` and `{flows}` of "used by 3 steps in 2 call flows". */
export function usageParams(
  places: readonly UsagePlace[],
  text: JobEditorMessages,
  locale: Locale,
): { steps: string; flows: string; stepCount: number } {
  const { steps, callFlows } = summarizeUsage(places);
  return {
    steps: formatMessage(selectPlural(locale, text.steps, steps), { count: formatNumber(locale, steps) }),
    flows: formatMessage(selectPlural(locale, text.callFlows, callFlows), {
      count: formatNumber(locale, callFlows),
    }),
    stepCount: steps,
  };
}

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
